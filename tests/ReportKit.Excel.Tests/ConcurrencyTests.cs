using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Summary;

namespace ReportKit.Excel.Tests;

/// <summary>Writers share nothing mutable: forms and summaries written in parallel are byte for byte the sequential ones.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void Forms_written_in_parallel_are_the_bytes_of_a_sequential_run()
    {
        var plan = FormsTestKit.Plan("ke-hoach-76-kh-du.plan.yaml");
        var units = Enumerable.Range(1, 1000).Select(i => new Unit("chi_bo_" + i, "Chi bộ Thôn " + i, "dang_uy", "chi_bo")).ToArray();
        string Hash(Unit unit)
        {
            using var stream = new MemoryStream();
            InputForm.Save(plan, "hang_nam", "2024", unit, stream);
            return System.Convert.ToHexString(SHA256.HashData(stream.ToArray()));
        }

        var sequential = units.Select(Hash).ToArray();
        var parallel = new string[units.Length];
        Parallel.For(0, units.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Hash(units[i]));
        Assert.Equal(sequential, parallel);
        Assert.Equal(units.Length, sequential.Distinct().Count());
    }

    [Theory]
    [InlineData("ke-hoach-76-kh-du")]
    [InlineData("cong-van-svhttdl-qlvhgd")]
    public void Summaries_written_from_several_threads_are_the_bytes_of_one_written_alone(string template)
    {
        var summary = SummaryFixtures.MainSummary(template);
        string Hash()
        {
            using var stream = new MemoryStream();
            summary.Save(stream);
            return System.Convert.ToHexString(SHA256.HashData(stream.ToArray()));
        }

        var alone = Hash();
        var together = new string[16];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => together[i] = Hash());
        Assert.All(together, h => Assert.Equal(alone, h));
    }
}
