namespace CareerBot.BotFramework.Schema;

/// <summary>A user or bot on a channel.</summary>
/// <param name="Id">The channel's id of the account.</param>
/// <param name="Name">The display name.</param>
/// <param name="AadObjectId">The Entra object id (Teams).</param>
/// <param name="Role">user or bot.</param>
public sealed record ChannelAccount(string? Id = null, string? Name = null, string? AadObjectId = null, string? Role = null);
