namespace CareerBot.Admin;

/// <summary>The <c>Admin</c> settings: the operator page at <c>/admin</c>.</summary>
public sealed class AdminOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Admin";

    /// <summary>The key operators give to see the page: as <c>Authorization: Bearer …</c> or in the page's sign-in form.
    /// Empty (the default): the page does not exist (<c>/admin</c> answers 404).</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>How long a sign-in lasts before the key is asked again.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How many wrong keys one client address may give in a minute; beyond, every attempt answers 429 until
    /// the minute is over.</summary>
    public int MaxFailedAttemptsPerMinute { get; set; } = 10;

    /// <summary>How often the open page fetches fresh figures (zero: never).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when a key is set, so the page exists.</summary>
    public bool Enabled => !string.IsNullOrEmpty(ApiKey);
}
