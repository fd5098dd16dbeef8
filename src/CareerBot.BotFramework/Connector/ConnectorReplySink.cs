using CareerBot.BotFramework.Adapter;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Connector;

/// <summary>Sends the turn's activities to the channel's Bot Connector, as they are produced.</summary>
public sealed class ConnectorReplySink : IReplySink
{
    private readonly IConnectorClient connector;

    /// <summary>Creates the sink.</summary>
    public ConnectorReplySink(IConnectorClient connector)
    {
        this.connector = connector;
    }

    /// <inheritdoc />
    public Task SendAsync(Activity activity, CancellationToken cancellationToken) => connector.SendAsync(activity, cancellationToken);
}
