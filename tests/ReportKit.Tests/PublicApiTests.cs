using PublicApiGenerator;
using Snapshooter.Xunit;

namespace ReportKit.Tests;

/// <summary>
/// The runtime's public surface, as an app developer sees it. A change here is a change to every app that
/// uses the package: when it is meant, delete the snapshot, re-run, read the new one and commit it.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void ReportKit_public_api_is_as_published() =>
        Snapshot.Match(typeof(global::ReportKit.Submission).Assembly.GeneratePublicApi());
}
