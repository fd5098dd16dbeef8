using CareerBot.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests;

/// <summary>Wraps the real conversation engine and takes a second longer per turn, to see the typing indicator.</summary>
public sealed class SlowEngine : IConversationEngine
{
    private readonly IConversationEngine inner;

    public SlowEngine(IConversationEngine inner)
    {
        this.inner = inner;
    }

    public async ValueTask<TurnResult> HandleAsync(Turn turn, OutboxEncoder? outbox, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        return await inner.HandleAsync(turn, outbox, cancellationToken);
    }

    public ValueTask<Reply> RecoverAsync(Turn turn, CancellationToken cancellationToken) => inner.RecoverAsync(turn, cancellationToken);

    /// <summary>Replaces the registered engine with a slow one around it.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IConversationEngine));
        services.Remove(registered);
        services.AddSingleton(registered.ImplementationType!);
        services.AddSingleton<IConversationEngine>(p => new SlowEngine((IConversationEngine)p.GetRequiredService(registered.ImplementationType!)));
    }
}
