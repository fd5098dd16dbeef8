namespace CareerBot.Tests;

/// <summary>Tests that start the app with their own configuration run alone: WebApplicationFactory takes the host
/// of a minimal-hosting app from a process-wide diagnostic event, so two hosts built at the same time with different
/// settings could swap them. (A start-up test failed once in a full run and could not be reproduced; this is the
/// suspected cause.)</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostConfigurationCollection
{
    public const string Name = "Hosts with their own configuration";
}
