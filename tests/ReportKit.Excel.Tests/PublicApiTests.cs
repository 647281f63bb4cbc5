using PublicApiGenerator;
using Snapshooter.Xunit;

namespace ReportKit.Excel.Tests;

/// <summary>
/// The Excel package's public surface. When a change is meant, delete the snapshot, re-run, read the new one
/// and commit it.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void ReportKit_Excel_public_api_is_as_published() =>
        Snapshot.Match(typeof(Inspection.WorkbookText).Assembly.GeneratePublicApi());
}
