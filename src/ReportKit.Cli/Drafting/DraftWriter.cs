using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ReportKit.Cli.Drafting;

/// <summary>
/// Writes a <see cref="PlanDraft"/> as a <c>*.plan.yaml</c> in the layout of the bundled templates: the schema modeline,
/// <c>plan</c>, <c>assumptions</c>, <c>sections</c> (with <c>holds:</c>), <c>contents</c>, <c>forms</c>, <c>units</c>, the
/// candidate indicators as comments, <c>reports</c> with the sentences quoted, and every line the draft did not place.
/// The same draft always gives the same bytes.
/// </summary>
internal static class DraftWriter
{
    /// <summary>The first line, as the bundled templates have it (the schema is written beside the template by <c>reportkit schema</c>).</summary>
    public const string Modeline = "# yaml-language-server: $schema=reportkit.plan.schema.json";

    /// <summary>Marks every comment the author must act on, so an editor's search finds them all.</summary>
    public const string ToFill = "CẦN ĐIỀN";

    public static string Write(PlanDraft draft, string sourceName)
    {
        var y = new StringBuilder();
        void Line(string text) => y.Append(text).Append('\n');
        void Key(int indent, string key, string? value)
        {
            if (value is not null)
                Line(new string(' ', indent) + key + ": " + YamlText.Scalar(value));
        }
        void Comment(int indent, string text) => Line(YamlText.Comment(indent, text));

        Line(Modeline);
        Line("#");
        Comment(0, "Mẫu nháp do `reportkit init` soạn từ " + sourceName + ". Chữ lấy nguyên văn (NFC); bỏ dấu nhấn markdown (** *),");
        Comment(0, "dấu chú thích (¹ ²) và dấu câu cuối mục; dòng bị ngắt trang được nối lại. Dòng nào chưa xếp được vào mẫu thì giữ ở cuối tệp.");
        Comment(0, "Mỗi chỗ cần người soạn mẫu điền hoặc quyết định có chữ “" + ToFill + "”:");
        foreach (var gap in draft.Gaps)
            Comment(0, "- " + gap.Where + ": " + gap.Vietnamese);
        Comment(0, "Kiểm tra lại bằng: reportkit check <tệp này>");
        Line("reportkit: 1");
        Line("");

        Line("plan:");
        Key(2, "id", draft.PlanId);
        Line("  revision: 1");
        if (draft.KindEvidence is not null)
            Comment(2, "Theo " + draft.KindEvidence + ".");
        else
            Comment(2, ToFill + ": không thấy dấu hiệu văn bản của Đảng hay nhà nước; kiểm tra.");
        Key(2, "kind", draft.Kind);
        if (draft.Genre is null)
            Comment(2, ToFill + ": tên loại văn bản.");
        Key(2, "genre", draft.Genre ?? "");
        if (draft.NumberLine is not null)
            Comment(2, "«" + draft.NumberLine + "»" + (draft.Number is null ? ": số để trống như bản gốc." : ""));
        Key(2, "number", draft.Number);
        Key(2, "symbol", draft.Symbol);
        Line("  issuer:");
        if (draft.IssuerParent is null && draft.IssuerName is not null)
            Comment(4, ToFill + ": cơ quan cấp trên (parent), nếu văn bản có.");
        if (draft.IssuerFromBody is not null && draft.IssuerParent is null)
            Comment(4, "Văn bản không có phần tiêu đề; tên theo câu «" + draft.IssuerFromBody + "». " + ToFill + ": tên đầy đủ.");
        if (draft.IssuerName is null)
            Comment(4, ToFill + ": tên cơ quan ban hành (bắt buộc).");
        Key(4, "name", draft.IssuerName ?? "");
        Key(4, "parent", draft.IssuerParent);
        if (draft.DateLine is not null)
            Comment(2, "«" + draft.DateLine + "»");
        else if (draft.Date is null)
            Comment(2, ToFill + ": địa danh và ngày ban hành (không tìm thấy; bỏ trống nếu bản gốc để trống).");
        Key(2, "place", draft.Place);
        if (draft.Date is not null)
            Line("  date: " + draft.Date);
        if (draft.Year is { } year)
            Line("  year: " + year.ToString(CultureInfo.InvariantCulture));
        if (draft.Title is null)
            Comment(2, ToFill + ": trích yếu (bắt buộc).");
        Key(2, "title", draft.Title ?? "");
        if (draft.Implements.Count > 0)
        {
            Line("  implements:");
            foreach (var reference in draft.Implements)
            {
                Line("    - ref: " + YamlText.Scalar(reference.Ref));
                if (reference.Date is not null)
                    Line("      date: " + reference.Date);
                Key(6, "by", reference.By);
                Key(6, "title", reference.Title);
            }
        }
        Recipients(y, "send_to", draft.SendTo);
        Recipients(y, "recipients", draft.Recipients);
        if (draft.Signature is { } signature)
        {
            Line("  signature:");
            Key(4, "capacity", signature.Capacity);
            Key(4, "title", signature.Title);
            Key(4, "name", signature.Name);
        }
        else
            Comment(2, ToFill + ": khối chữ ký (signature) không tìm thấy; bỏ trống nếu văn bản không có người ký.");
        Line("");

        if (draft.Assumptions.Count > 0)
        {
            Line("assumptions:");
            foreach (var assumption in draft.Assumptions)
                Line("  - " + YamlText.Scalar(assumption));
            Line("");
        }

        if (draft.Sections.Count > 0)
        {
            Comment(0, "Dàn ý, đánh số đúng như văn bản (kể cả chỗ nhảy số). Đoạn không đánh số dưới một mục được giữ dưới mục đó dưới dạng chú thích.");
            Line("sections:");
            foreach (var section in draft.Sections)
                Section(y, section, 2);
            Line("");
        }

        var contents = draft.Sections.FirstOrDefault(s => s.Holds == DraftHolds.Contents);
        if (contents is not null)
        {
            Comment(0, contents.No + ". " + contents.Title + ": các nội dung, mỗi mục có id để chỉ tiêu `by: contents` tham chiếu.");
            Line("contents:");
            foreach (var item in contents.Items)
                Content(y, item, 2);
            Line("");
        }

        var forms = draft.Sections.FirstOrDefault(s => s.Holds == DraftHolds.Forms);
        if (forms is not null)
        {
            Comment(0, forms.No + ". " + forms.Title + ": các hình thức.");
            Line("forms:");
            foreach (var item in forms.Items)
            {
                Line("  - id: " + item.Id);
                Line("    no: " + YamlText.Scalar(item.No));
                Key(4, "title", item.Title);
                Notes(y, item, 4);
            }
            Line("");
        }

        if (draft.Units.Count > 0)
        {
            var holder = draft.Sections.FirstOrDefault(s => s.Holds == DraftHolds.Units);
            Comment(0, (holder is null ? "Đơn vị theo “Kính gửi”" : holder.No + ". " + holder.Title + ", đánh số như văn bản") + ". " + ToFill
                + ": cấp (level, xem levels:), báo cáo phải gửi (reports:), báo cáo tổng hợp (consolidates:).");
            Line("units:");
            foreach (var unit in draft.Units)
            {
                Line("  - id: " + unit.Id);
                if (unit.No is not null)
                    Line("    no: " + YamlText.Scalar(unit.No));
                Key(4, "name", unit.Name);
                if (unit.Tasks.Count > 0)
                {
                    Line("    tasks:");
                    foreach (var task in unit.Tasks)
                        Line("      - " + YamlText.Scalar(task));
                }
            }
            Line("");
        }

        Comment(0, ToFill + ": chỉ tiêu. Những thứ đếm được văn bản nêu (tin, bài, buổi, lượt, cuộc …): bỏ dấu “# ” ở dòng “indicators:”");
        Comment(0, "và ở những dòng muốn chọn; sửa nhãn, đơn vị cho đúng ý văn bản.");
        if (draft.Candidates.Count == 0)
            Comment(0, "Văn bản không nêu thứ gì đếm được: tự thêm chỉ tiêu nếu cần.");
        else
        {
            Line("# indicators:");
            foreach (var candidate in draft.Candidates)
            {
                Line("#   # " + candidate.Where + ": «" + candidate.Quote + "»");
                Line("#   - { id: " + candidate.Id + ", label: " + YamlText.Quoted(candidate.Label) + ", unit: " + YamlText.Quoted(candidate.Unit) + " }");
            }
        }
        Line("");

        if (draft.Reports.Count == 0)
        {
            Comment(0, "Không tìm thấy yêu cầu báo cáo nào trong văn bản (“báo cáo … trước ngày …”, “… hằng năm”, “định kỳ …”).");
            Comment(0, ToFill + ": nếu cần báo cáo, thêm `reports:` và ghi giả định vào `assumption:`.");
        }
        else
        {
            Line("reports:");
            foreach (var report in draft.Reports)
            {
                Line("  - id: " + report.Id);
                foreach (var source in report.Sources)
                    Comment(4, source);
                if (report.Due.Count == 0)
                    Comment(4, ToFill + ": văn bản không nêu rõ kỳ và hạn báo cáo.");
                Key(4, "title", report.Title);
                Line("    period: " + report.Period);
                if (report.From is { } from)
                    Line("    from: " + from.ToString(CultureInfo.InvariantCulture));
                else if (report.Period != "once")
                    Line("    from: null  # " + ToFill + ": năm bắt đầu");
                if (report.To is { } to)
                    Line("    to: " + to.ToString(CultureInfo.InvariantCulture));
                if (report.Due.Count > 0)
                {
                    Line("    due:");
                    foreach (var (key, value) in report.Due)
                        Line("      " + key + ": " + value);
                }
                Key(4, "assumption", report.Assumption);
            }
        }

        if (draft.Unplaced.Count > 0)
        {
            Line("");
            Comment(0, "Dòng chưa xếp vào mẫu (giữ nguyên văn, kèm số dòng và lý do):");
            foreach (var note in draft.Unplaced.OrderBy(n => n.Line))
                Comment(0, "dòng " + note.Line.ToString(CultureInfo.InvariantCulture) + " [" + note.Reason + "]: " + note.Text);
        }
        return y.ToString();
    }

    private static void Recipients(StringBuilder y, string key, List<DraftRecipient> recipients)
    {
        if (recipients.Count == 0)
            return;
        y.Append("  ").Append(key).Append(":\n");
        foreach (var recipient in recipients)
        {
            if (recipient.Tag is null)
                y.Append("    - ").Append(YamlText.Scalar(recipient.Name)).Append('\n');
            else
                y.Append("    - name: ").Append(YamlText.Scalar(recipient.Name)).Append("\n      tag: ").Append(YamlText.Scalar(recipient.Tag)).Append('\n');
        }
    }

    private static void Section(StringBuilder y, DraftItem item, int indent)
    {
        var pad = new string(' ', indent);
        y.Append(pad).Append("- no: ").Append(YamlText.Scalar(item.No)).Append('\n');
        y.Append(pad).Append("  title: ").Append(YamlText.Scalar(item.Title)).Append('\n');
        switch (item.Holds)
        {
            case DraftHolds.Contents: y.Append(pad).Append("  holds: contents\n"); return;
            case DraftHolds.Forms: y.Append(pad).Append("  holds: forms\n"); return;
            case DraftHolds.Units: y.Append(pad).Append("  holds: units\n"); return;
        }
        Notes(y, item, indent + 2);
        if (item.Items.Count == 0)
            return;
        y.Append(pad).Append("  items:\n");
        foreach (var child in item.Items)
            Section(y, child, indent + 4);
    }

    private static void Content(StringBuilder y, DraftItem item, int indent)
    {
        var pad = new string(' ', indent);
        y.Append(pad).Append("- id: ").Append(item.Id).Append('\n');
        y.Append(pad).Append("  no: ").Append(YamlText.Scalar(item.No)).Append('\n');
        y.Append(pad).Append("  title: ").Append(YamlText.Scalar(item.Title)).Append('\n');
        Notes(y, item, indent + 2);
        if (item.Items.Count == 0)
            return;
        y.Append(pad).Append("  items:\n");
        foreach (var child in item.Items)
            Content(y, child, indent + 4);
    }

    /// <summary>The rest of a long item and the unnumbered text under it, as comments in place.</summary>
    private static void Notes(StringBuilder y, DraftItem item, int indent)
    {
        if (item.Rest is not null)
            y.Append(YamlText.Comment(indent, "(tiếp) " + item.Rest)).Append('\n');
        foreach (var note in item.Notes)
            y.Append(YamlText.Comment(indent, note)).Append('\n');
    }
}
