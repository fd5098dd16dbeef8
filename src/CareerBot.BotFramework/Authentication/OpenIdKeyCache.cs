using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CareerBot.BotFramework.Authentication;

/// <summary>The signing keys of one OpenID provider: fetched on first use, kept for a lifetime, fetched again early
/// when a token names a key id they lack (keys rotate) but never more often than the refresh interval, so forged
/// key ids cannot make the bot hammer the provider. A failed refresh keeps the keys already known.</summary>
internal sealed class OpenIdKeyCache : IDisposable
{
    private readonly Uri metadataUrl;
    private readonly IHttpClientFactory httpClients;
    private readonly TimeProvider time;
    private readonly TimeSpan refreshInterval;
    private readonly TimeSpan lifetime;
    private readonly ILogger logger;
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile SigningKeySet? current;

    public OpenIdKeyCache(Uri metadataUrl, IHttpClientFactory httpClients, TimeProvider time, TimeSpan refreshInterval, TimeSpan lifetime, ILogger logger)
    {
        this.metadataUrl = metadataUrl;
        this.httpClients = httpClients;
        this.time = time;
        this.refreshInterval = refreshInterval;
        this.lifetime = lifetime;
        this.logger = logger;
    }

    /// <summary>Where the keys come from.</summary>
    public Uri MetadataUrl => metadataUrl;

    /// <summary>The key named <paramref name="keyId"/>, or null when the provider does not publish it.</summary>
    /// <exception cref="HttpRequestException">No key was ever fetched and the provider cannot be reached.</exception>
    /// <exception cref="JsonException">No key was ever fetched and the provider's documents are not valid.</exception>
    public async Task<SigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = current;
        var now = time.GetUtcNow();
        if (keys is null || (now - keys.FetchedAt >= lifetime && now - keys.LastAttempt >= refreshInterval))
        {
            keys = await RefreshAsync(keys, cancellationToken);
        }

        if (keys.Keys.TryGetValue(keyId, out var key))
        {
            return key;
        }

        if (time.GetUtcNow() - keys.LastAttempt < refreshInterval)
        {
            return null;
        }

        logger.LogInformation("A token names a signing key unknown to {MetadataUrl}: fetching the keys again", metadataUrl);
        keys = await RefreshAsync(keys, cancellationToken);
        return keys.Keys.GetValueOrDefault(keyId);
    }

    private async Task<SigningKeySet> RefreshAsync(SigningKeySet? seen, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current is { } fresher && !ReferenceEquals(fresher, seen))
            {
                return fresher; // another request refreshed while this one waited
            }

            var now = time.GetUtcNow();
            try
            {
                var keys = await FetchAsync(cancellationToken);
                logger.LogInformation("Loaded {KeyCount} signing keys from {MetadataUrl}", keys.Count, metadataUrl);
                return current = new SigningKeySet(keys, now, now);
            }
            catch (Exception exception) when (seen is not null && IsFetchFailure(exception, cancellationToken))
            {
                logger.LogWarning(exception, "Could not fetch the signing keys from {MetadataUrl}; keeping the {KeyCount} fetched at {FetchedAt}", metadataUrl, seen.Keys.Count, seen.FetchedAt);
                return current = seen with { LastAttempt = now };
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<IReadOnlyDictionary<string, SigningKey>> FetchAsync(CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(BotAuthenticationServiceCollectionExtensions.OpenIdHttpClient);
        var metadata = await http.GetByteArrayAsync(metadataUrl, cancellationToken);
        var jwksUri = JsonWebKeySetReader.ReadJwksUri(metadata);
        var jwks = await http.GetByteArrayAsync(jwksUri, cancellationToken);
        return JsonWebKeySetReader.ReadSigningKeys(jwks);
    }

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();

    /// <summary>True for the failures of fetching the documents, as opposed to the caller giving up.</summary>
    public static bool IsFetchFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or JsonException
        || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested);
}
