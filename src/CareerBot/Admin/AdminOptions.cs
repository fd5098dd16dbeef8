namespace CareerBot.Admin;

/// <summary>The <c>Admin</c> settings: the operator page at <c>/admin</c>.</summary>
public sealed class AdminOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Admin";

    /// <summary>The longest wait between two refreshes of the open page: a rating shows within a minute.</summary>
    public static readonly TimeSpan MaxRefreshInterval = TimeSpan.FromSeconds(30);

    /// <summary>The key operators give to see the page: as <c>Authorization: Bearer …</c> or in the page's sign-in form.
    /// Empty (the default): the page does not exist (<c>/admin</c> answers 404).</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>How long a sign-in lasts before the key is asked again.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How many times one client address may give a key (the sign-in form, or a Bearer header) per
    /// <see cref="KeyAttemptWindow"/>, right or wrong; beyond, 429 until the window is over.</summary>
    public int MaxKeyAttempts { get; set; } = 10;

    /// <summary>The window of <see cref="MaxKeyAttempts"/>.</summary>
    public TimeSpan KeyAttemptWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the open page fetches fresh figures (at most <see cref="MaxRefreshInterval"/>).</summary>
    public TimeSpan RefreshInterval { get; set; } = MaxRefreshInterval;

    /// <summary>True when a key is set, so the page exists.</summary>
    public bool Enabled => !string.IsNullOrEmpty(ApiKey);

    /// <summary><see cref="RefreshInterval"/> in whole seconds, between 1 and 30.</summary>
    public int RefreshSeconds => (int)Math.Clamp(Math.Ceiling(RefreshInterval.TotalSeconds), 1, MaxRefreshInterval.TotalSeconds);
}
