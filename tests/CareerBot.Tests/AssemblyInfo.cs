// Test hosts are built one at a time: WebApplicationFactory intercepts the host being built through a process-wide
// diagnostic listener, and two factories building at once (different settings) can pick up each other's host.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
