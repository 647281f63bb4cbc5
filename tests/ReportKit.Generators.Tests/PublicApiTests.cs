using PublicApiGenerator;
using Snapshooter.Xunit;

namespace ReportKit.Generators.Tests;

/// <summary>
/// The generator assembly's public surface: the compiler loads it by its <c>IIncrementalGenerator</c>, no app
/// calls it, so this should stay the generator type and nothing else.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Generator_public_api_is_only_the_generator() =>
        Snapshot.Match(typeof(PlanGenerator).Assembly.GeneratePublicApi());
}
