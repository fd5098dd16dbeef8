using CareerBot.Admin.Statistics;

namespace CareerBot.Admin;

/// <summary>What <c>GET /admin/api/stats</c> answers, and the page renders: the figures of the last hour, the disliked
/// answers, the content in use, and the words for the names.</summary>
/// <param name="Stats">The last hour of turns.</param>
/// <param name="Dislikes">The most recent disliked answers, most recent first; null when the store cannot be reached.</param>
/// <param name="Content">The content in use.</param>
/// <param name="Labels">The words for the names in the figures.</param>
/// <param name="RefreshSeconds">How often the page fetches this again.</param>
public sealed record AdminReport(AdminStats Stats, IReadOnlyList<DislikedAnswer>? Dislikes, ContentReport Content, AdminLabels Labels, int RefreshSeconds);
