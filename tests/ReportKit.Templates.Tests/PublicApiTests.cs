using PublicApiGenerator;
using Snapshooter.Xunit;

namespace ReportKit.Templates.Tests;

/// <summary>
/// The public surfaces of the plan model (shipped in the ReportKit package's lib/) and of the YAML front end
/// (beside the generator and in the command line). When a change is meant, delete the snapshot, re-run, read
/// the new one and commit it.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Plan_model_public_api_is_as_published() =>
        Snapshot.Match(typeof(PlanSpec).Assembly.GeneratePublicApi());

    [Fact]
    public void Yaml_front_end_public_api_is_as_published() =>
        Snapshot.Match(typeof(PlanTemplateParser).Assembly.GeneratePublicApi());
}
