using System.CommandLine;

namespace ReportKit.Cli;

/// <summary>
/// What the consolidating office says of itself on the documents it issues (the báo cáo, the biểu's header and
/// signature, the công văn đôn đốc): every option may be left out, and the field is then taken from the units file
/// and the plan (<see cref="ConsolidatingBody.Of"/>) or left blank to fill by hand. Never the plan's signer.
/// </summary>
internal sealed class BodyOptions
{
    private readonly Option<string?> _name = new("--body") { Description = Say.T("Tên cơ quan tổng hợp (mặc định: đơn vị gốc của danh sách đơn vị)", "The consolidating body's name (default: the root unit of the units file)") };
    private readonly Option<string?> _parent = new("--body-parent") { Description = Say.T("Cơ quan cấp trên như in ở tiêu đề (ví dụ \"Đảng bộ huyện Hữu Lũng\")", "The body above it as the header prints it (e.g. \"Đảng bộ huyện Hữu Lũng\")") };
    private readonly Option<string?> _symbol = new("--body-symbol") { Description = Say.T("Chữ viết tắt trong số văn bản (ví dụ ĐU trong Số   -BC/ĐU)", "Its abbreviation in document numbers (e.g. ĐU in Số   -BC/ĐU)") };
    private readonly Option<string?> _sendTo = new("--send-to") { Description = Say.T("Nơi báo cáo gửi đến, cho phần Nơi nhận (mặc định: cấp trên trong kế hoạch)", "The body the report goes to, for Nơi nhận (default: the level above in the plan)") };
    private readonly Option<string?> _place = new("--place") { Description = Say.T("Địa danh ghi ở dòng ngày tháng của văn bản", "The place the documents are dated at (địa danh)") };
    private readonly Option<string?> _capacity = new("--signer-capacity") { Description = Say.T("Thẩm quyền ký (ví dụ \"T/M BAN THƯỜNG VỤ\", \"KT. GIÁM ĐỐC\")", "The signing capacity (e.g. \"T/M BAN THƯỜNG VỤ\", \"KT. GIÁM ĐỐC\")") };
    private readonly Option<string?> _title = new("--signer-title") { Description = Say.T("Chức vụ người ký (ví dụ \"BÍ THƯ\", \"PHÓ GIÁM ĐỐC\")", "The signer's title (e.g. \"BÍ THƯ\", \"PHÓ GIÁM ĐỐC\")") };
    private readonly Option<string?> _signer = new("--signer-name") { Description = Say.T("Họ tên người ký (mặc định: để trống để ký tay)", "The signer's name (default: a blank line to sign)") };

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
