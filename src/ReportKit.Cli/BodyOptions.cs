using System.CommandLine;

namespace ReportKit.Cli;

/// <summary>
/// What the consolidating office says of itself on the documents it issues (the báo cáo, the biểu's header and
/// signature, the công văn đôn đốc): every option may be left out, and the field is then taken from the units file
/// and the plan (<see cref="ConsolidatingBody.Of"/>) or left blank to fill by hand. Never the plan's signer.
/// </summary>
internal sealed class BodyOptions
{
    private readonly Option<string?> _name = new("--body") { Description = "The consolidating body's name (default: the root unit of the units file)" };
    private readonly Option<string?> _parent = new("--body-parent") { Description = "The body above it as the header prints it (e.g. \"Đảng bộ huyện Hữu Lũng\")" };
    private readonly Option<string?> _symbol = new("--body-symbol") { Description = "Its abbreviation in document numbers (e.g. ĐU in Số   -BC/ĐU)" };
    private readonly Option<string?> _sendTo = new("--send-to") { Description = "The body the report goes to, for Nơi nhận (default: the level above in the plan)" };
    private readonly Option<string?> _place = new("--place") { Description = "The place the documents are dated at (địa danh)" };
    private readonly Option<string?> _capacity = new("--signer-capacity") { Description = "The signing capacity (e.g. \"T/M BAN THƯỜNG VỤ\", \"KT. GIÁM ĐỐC\")" };
    private readonly Option<string?> _title = new("--signer-title") { Description = "The signer's title (e.g. \"BÍ THƯ\", \"PHÓ GIÁM ĐỐC\")" };
    private readonly Option<string?> _signer = new("--signer-name") { Description = "The signer's name (default: a blank line to sign)" };

    public void AddTo(Command command)
    {
        foreach (var option in new[] { _name, _parent, _symbol, _sendTo, _place, _capacity, _title, _signer })
            command.Options.Add(option);
    }

    /// <summary>What the options give (null fields: not given).</summary>
    public ConsolidatingBody Given(ParseResult result) => new(
        result.GetValue(_name), result.GetValue(_parent), result.GetValue(_symbol), result.GetValue(_sendTo), result.GetValue(_place),
        result.GetValue(_capacity), result.GetValue(_title), result.GetValue(_signer));
}
