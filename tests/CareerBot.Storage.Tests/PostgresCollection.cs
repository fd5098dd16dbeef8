namespace CareerBot.Storage.Tests;

/// <summary>The test classes sharing one PostgreSQL server, run one after the other (one of them stops the server).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
