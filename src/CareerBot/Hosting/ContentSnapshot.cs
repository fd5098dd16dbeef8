using CareerBot.Conversation;
using CareerBot.Core.Content;
using CareerBot.Core.Understanding;

namespace CareerBot.Hosting;

/// <summary>Everything built from one reading of the content folder, used together: a turn reads the snapshot once at
/// its start and answers from it to its end, whatever is swapped in meanwhile.</summary>
/// <param name="Catalog">The content.</param>
/// <param name="Recognizer">Understanding, built from <paramref name="Catalog"/>'s vocabularies and roles.</param>
/// <param name="Engine">The conversation, answering from <paramref name="Catalog"/> and <paramref name="Recognizer"/>.</param>
/// <param name="LoadedAt">When the files were read.</param>
public sealed record ContentSnapshot(ContentCatalog Catalog, IFrameRecognizer Recognizer, IConversationEngine Engine, DateTimeOffset LoadedAt);
