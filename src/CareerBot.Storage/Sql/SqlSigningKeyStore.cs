using CareerBot.BotFramework.DirectLine;

namespace CareerBot.Storage.Sql;

/// <summary>Keeps the generated Direct Line token signing key in the shared database, so that every instance signs
/// and checks tokens with the same key.</summary>
internal sealed class SqlSigningKeyStore : ISharedSigningKeyStore
{
    private const string Name = "directline.token-signing-key";

    private readonly SqlDatabase database;

    /// <summary>Creates the store.</summary>
    public SqlSigningKeyStore(SqlDatabase database)
    {
        this.database = database;
    }

    /// <inheritdoc />
    public byte[] GetOrAdd(byte[] candidate) =>
        database.RunAsync(
            async (connection, token) =>
            {
                await Sql.ExecuteAsync(
                    connection,
                    null,
                    "INSERT INTO careerbot_setting (name, value) VALUES (@name, @value) ON CONFLICT (name) DO NOTHING",
                    token,
                    ("name", Name),
                    ("value", Convert.ToBase64String(candidate)));
                var kept = await Sql.ScalarAsync<string>(connection, null, "SELECT value FROM careerbot_setting WHERE name = @name", token, ("name", Name));
                return Convert.FromBase64String(kept!);
            },
            CancellationToken.None).GetAwaiter().GetResult();
}
