namespace CareerBot.Admin;

/// <summary>Who is asking for the operator page.</summary>
public enum AdminCaller
{
    /// <summary>No key and no sign-in.</summary>
    Anonymous,

    /// <summary>The right key (Bearer) or a valid sign-in cookie.</summary>
    Operator,

    /// <summary>A Bearer key that is not the one.</summary>
    WrongKey,
}
