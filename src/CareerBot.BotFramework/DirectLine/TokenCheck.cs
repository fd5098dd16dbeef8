namespace CareerBot.BotFramework.DirectLine;

/// <summary>The outcome of checking a token.</summary>
public enum TokenCheck
{
    /// <summary>Signed by this app and not expired.</summary>
    Valid,

    /// <summary>Signed by this app but expired.</summary>
    Expired,

    /// <summary>Malformed or not signed with this app's key.</summary>
    Invalid,
}
