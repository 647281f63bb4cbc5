using System.CommandLine;
using System.IO;

namespace ReportKit.Cli.Commands;

/// <summary><c>reportkit schema</c>: writes the JSON Schema of plan templates, for editors.</summary>
internal static class SchemaCommand
{
    public const string FileName = "reportkit.plan.schema.json";

    public static Command Create(Output output)
    {
        var target = new Argument<string?>("output")
        {
            Description = Say.T(
                "Nơi ghi lược đồ (một tệp, hoặc thư mục để ghi " + FileName + " vào); không ghi thì in ra màn hình",
                "Where to write the schema (a file, or a folder to write " + FileName + " into); standard output if omitted"),
            Arity = ArgumentArity.ZeroOrOne,
        };
        var force = ForceOption.Create();
        var command = new Command("schema", Say.T("Ghi lược đồ JSON (JSON Schema) của mẫu kế hoạch, cho trình soạn thảo", "Write the JSON Schema of plan templates")) { target, force };
        command.SetAction(result => Run(result.GetValue(target), result.GetValue(force), output));
        return command;
    }

    private static int Run(string? target, bool force, Output output)
    {
        var schema = ReadSchema();
        if (target is null)
        {
            output.Raw(schema);
            return ExitCodes.Ok;
        }
        var path = Directory.Exists(target) ? Path.Combine(target, FileName) : target;
        return AtomicFile.WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(schema), force, output);
    }

    private static string ReadSchema()
    {
        using var stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream(FileName)
            ?? throw new FileNotFoundException(Say.T("bản dựng này không kèm lược đồ JSON", "the JSON Schema is not embedded in this build"), FileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
