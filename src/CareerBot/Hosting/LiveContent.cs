namespace CareerBot.Hosting;

/// <summary>The content a running CareerBot serves: one immutable <see cref="ContentSnapshot"/>, replaced as a whole
/// when an edit of the content folder is applied (<see cref="ContentWatcher"/>). Reading it is a volatile read, so a
/// turn reads <see cref="Current"/> once at its start and keeps that snapshot to its end.</summary>
public sealed class LiveContent
{
    private volatile ContentSnapshot current;

    /// <summary>Serves <paramref name="initial"/>, the content read at start-up.</summary>
    public LiveContent(ContentSnapshot initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        current = initial;
    }

    /// <summary>The content in use.</summary>
    public ContentSnapshot Current => current;

    /// <summary>Serves <paramref name="next"/> from now on; turns already running finish with the snapshot they read.</summary>
    internal void Swap(ContentSnapshot next)
    {
        ArgumentNullException.ThrowIfNull(next);
        current = next;
    }
}
