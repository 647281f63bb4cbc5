using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ReportKit.Cli.Drafting;

/// <summary>
/// Drafts a plan template from a plan's own text: identity, outline (numbering as written), units and tasks, reporting
/// demands, recipients, signer, candidate indicators. Nothing is invented: what the text does not say is a gap the
/// author fills, what the draft cannot place is kept as a comment. The recognising rules are in <see cref="DraftRules"/>.
/// </summary>
internal static class PlanDrafter
{
    private const string Preamble = "mở đầu";

    private enum Phase { Header, Title, Preamble, Body, Recipients, Signature, After }

    /// <summary>A line after cleaning and page-break joining: where it starts, its text, whether a blank line came before it.</summary>
    private sealed record Line(int Number, string Raw, string Text, bool StartsBlock);

    /// <summary>Drafts a template from the lines of a plan.</summary>
    public static PlanDraft Draft(IReadOnlyList<SourceLine> source)
    {
        var lines = Join(source);
        var draft = new PlanDraft();
        var where = new Dictionary<int, string>();
        var headerCapitals = new List<string>();
        var stack = new List<(int Depth, DraftItem Item, string Path)>();
        var phase = Phase.Header;
        string? kindFromHeading = null;
        bool? stateNumber = null;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? capacity = null, signerTitle = null;

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text;
            if (DraftRules.IsFootnote(line.Raw))
            {
                draft.Unplaced.Add(new DraftNote(line.Number, text, "chú thích cuối trang " + line.Raw.TrimStart()[0] + ": không thuộc dàn ý"));
                continue;
            }
            if (DraftRules.LooksLikeOcrNoise(text))
            {
                draft.Unplaced.Add(new DraftNote(line.Number, text, "NHIỄU OCR (ký tự lạ hoặc số trang, ghi chú lề của bản quét): không phải nội dung kế hoạch"));
                continue;
            }
            var numbering = DraftRules.Numbering(text);
            reprocess:
            switch (phase)
            {
                case Phase.Header:
                    if (DraftRules.IsWrappedCell(text) && i + 1 < lines.Count && !lines[i + 1].StartsBlock)
                    {
                        var whole = text + " " + lines[i + 1].Text;
                        if (DraftRules.IsHeading(whole, out _) || DraftRules.PlaceDate(whole) is not null || DraftRules.IsCapitals(whole))
                        {
                            text = whole;
                            i++;
                        }
                    }
                    if (DraftRules.IsHeading(text, out var kind))
                    {
                        kindFromHeading ??= kind;
                        continue;
                    }
                    if (DraftRules.DocumentNumber(text) is { } number)
                    {
                        (draft.Number, draft.Symbol, draft.NumberLine) = (number.Number, number.Symbol, text);
                        stateNumber = number.State;
                        continue;
                    }
                    if (DraftRules.PlaceDate(text) is { } placed)
                    {
                        draft.Place = placed.Place;
                        draft.Date = placed.Date is { } d ? Dates.Iso(d) : null;
                        draft.Year = placed.Date is null ? placed.Year : null;
                        draft.DateLine = text;
                        continue;
                    }
                    if (DraftRules.Genre(text) is { } genre)
                    {
                        draft.Genre = genre;
                        phase = Phase.Title;
                        continue;
                    }
                    if (DraftRules.Regarding(text) is { } regarding)
                    {
                        draft.Title = DraftRules.TrimEnd(regarding);
                        draft.Genre ??= "CÔNG VĂN";
                        phase = Phase.Preamble;
                        continue;
                    }
                    if (DraftRules.Announced(text) is { } announced)
                    {
                        Announce(draft, announced);
                        phase = Phase.Preamble;
                        continue;
                    }
                    if (DraftRules.SendTo(text) is not null || DraftRules.IsBasis(text) || numbering is { Style: NumberStyle.Roman })
                    {
                        phase = Phase.Preamble;
                        goto reprocess;
                    }
                    if (DraftRules.IsCapitals(text) && text.Length <= 80)
                    {
                        headerCapitals.Add(text);
                        continue;
                    }
                    draft.Unplaced.Add(new DraftNote(line.Number, text, "trước tên loại văn bản, không phải dòng tiêu đề đã biết (dòng tít của bài viết?)"));
                    continue;

                case Phase.Title:
                    // A trích yếu in capitals may itself begin "THỰC HIỆN …": only a basis sentence in running text ends the title.
                    if (numbering is not null || (DraftRules.IsBasis(text) && !DraftRules.IsCapitals(text)) || DraftRules.SendTo(text) is not null)
                    {
                        phase = Phase.Preamble;
                        goto reprocess;
                    }
                    var title = text;
                    while (i + 1 < lines.Count && !lines[i + 1].StartsBlock && DraftRules.Numbering(lines[i + 1].Text) is null)
                        title += " " + lines[++i].Text;
                    draft.Title = DraftRules.TrimEnd(title);
                    phase = Phase.Preamble;
                    continue;

                case Phase.Preamble:
                    if (DraftRules.SendTo(text) is { } first)
                    {
                        if (first.Length > 0)
                            draft.SendTo.Add(DraftRules.Recipient(first));
                        while (i + 1 < lines.Count && DraftRules.Numbering(lines[i + 1].Text) is { Style: NumberStyle.Dash })
                            draft.SendTo.Add(DraftRules.Recipient(lines[++i].Text));
                        continue;
                    }
                    if (DraftRules.Announced(text) is { } news)
                    {
                        Announce(draft, news);
                        continue;
                    }
                    if (numbering is { Style: NumberStyle.Roman or NumberStyle.Arabic })
                    {
                        phase = Phase.Body;
                        goto reprocess;
                    }
                    if (DraftRules.IsRecipientsHeading(text) || DraftRules.IsClosing(text))
                    {
                        phase = Phase.Body;
                        goto reprocess;
                    }
                    var placedHere = false;
                    if (DraftRules.IsBasis(text))
                    {
                        var basis = text;
                        var issuerAt = DraftRules.IssuerInText(text);
                        if (issuerAt is { } at)
                            basis = text.Substring(0, at.Index);
                        foreach (var reference in DraftRules.References(basis))
                        {
                            if (draft.Implements.All(r => r.Ref != reference.Ref))
                                draft.Implements.Add(reference);
                        }
                        placedHere = true;
                    }
                    if (draft.IssuerFromBody is null && DraftRules.IssuerInText(text) is { } issuer)
                    {
                        draft.IssuerFromBody = text;
                        draft.IssuerNameInBody = issuer.Name;
                    }
                    // The basis paragraph names other documents' counts and deadlines, not this plan's.
                    where[line.Number] = placedHere ? Preamble : "đoạn không đánh số";
                    draft.Unplaced.Add(new DraftNote(line.Number, text, placedHere
                        ? "đoạn mở đầu: các văn bản được thực hiện đã ghi vào plan.implements"
                        : "đoạn mở đầu (không đánh số)"));
                    continue;

                case Phase.Body:
                    if (DraftRules.IsRecipientsHeading(text))
                    {
                        phase = Phase.Recipients;
                        continue;
                    }
                    if (DraftRules.IsCapacity(text))
                    {
                        phase = Phase.Signature;
                        goto reprocess;
                    }
                    if (DraftRules.IsClosing(text))
                    {
                        where[line.Number] = "đoạn kết";
                        draft.Unplaced.Add(new DraftNote(line.Number, text, "đoạn kết"));
                        continue;
                    }
                    if (numbering is { } n)
                    {
                        var depth = DraftRules.Depth(n.Style, n.No);
                        if (n.Style == NumberStyle.Roman)
                            stack.Clear();
                        else
                        {
                            while (stack.Count > 0 && stack[^1].Depth >= depth)
                                stack.RemoveAt(stack.Count - 1);
                        }
                        var parent = stack.Count > 0 ? stack[^1] : default;
                        // A bullet under a numbered item is that item's text ("đặc biệt là: - …", a unit's tasks); under a
                        // section heading it is an item of the outline. "+" bullets stay text under their item (kept as
                        // comments, "+" and all): the draft keeps the outline to the levels a template author transcribes.
                        var bulletIsText = n.Style == NumberStyle.Plus
                            || (n.Style == NumberStyle.Dash && parent.Item is not null && parent.Depth != DraftRules.Depth(NumberStyle.Roman, ""));
                        if (bulletIsText)
                        {
                            parent.Item!.Notes.Add(n.No + " " + n.Text);
                            where[line.Number] = parent.Path;
                            continue;
                        }
                        // The numbered items of a "CĂN CỨ …" section are the documents the plan implements.
                        if (parent.Item is not null && parent.Depth == 0 && DraftRules.ListsBasis(parent.Item.Title) && n.Style == NumberStyle.Arabic)
                        {
                            var listed = DraftRules.References(n.Text);
                            foreach (var reference in listed.Where(r => draft.Implements.All(known => known.Ref != r.Ref)))
                                draft.Implements.Add(reference);
                            if (listed.Count > 0)
                            {
                                where[line.Number] = Preamble;
                                draft.Unplaced.Add(new DraftNote(line.Number, text, "căn cứ " + n.No + " của mục " + parent.Path + ": đã ghi vào plan.implements"));
                                continue;
                            }
                        }
                        var (itemTitle, rest) = DraftRules.SplitTitle(n.Text);
                        var item = new DraftItem(n.No, itemTitle, line.Number) { Rest = rest, Text = DraftRules.TrimEnd(n.Text) };
                        // "1.2" already carries its parent's number: its full number is the section's and its own (IV + 1.2 → IV.1.2).
                        var above = n.Style == NumberStyle.Decimal ? stack.FirstOrDefault(s => s.Depth == 0) : parent;
                        var path = above.Item is null ? n.No : above.Path + "." + n.No;
                        if (parent.Item is null)
                            draft.Sections.Add(item);
                        else
                            parent.Item.Items.Add(item);
                        stack.Add((depth, item, path));
                        where[line.Number] = path;
                        continue;
                    }
                    if (stack.Count > 0)
                    {
                        stack[^1].Item.Notes.Add(text);
                        where[line.Number] = stack[^1].Path;
                        continue;
                    }
                    draft.Unplaced.Add(new DraftNote(line.Number, text, "đoạn văn không thuộc mục nào"));
                    where[line.Number] = "thân văn bản";
                    continue;

                case Phase.Recipients:
                    if (numbering is { Style: NumberStyle.Dash or NumberStyle.Plus })
                    {
                        draft.Recipients.Add(DraftRules.Recipient(text));
                        continue;
                    }
                    phase = Phase.Signature;
                    goto reprocess;

                case Phase.Signature:
                    if (DraftRules.IsCapacity(text) && capacity is null && signerTitle is null)
                    {
                        capacity = text;
                        continue;
                    }
                    if (DraftRules.IsCapitals(text) && signerTitle is null)
                    {
                        signerTitle = text;
                        continue;
                    }
                    if (signerTitle is not null && DraftRules.IsPersonName(text))
                    {
                        draft.Signature = new DraftSignature(capacity, signerTitle, text);
                        phase = Phase.After;
                        continue;
                    }
                    draft.Unplaced.Add(new DraftNote(line.Number, text, "trong khối chữ ký, không phải quyền hạn, chức vụ hay họ tên"));
                    continue;

                default:
                    draft.Unplaced.Add(new DraftNote(line.Number, text,
                        "sau chữ ký: có thể là ghi chú lề hoặc NHIỄU OCR của bản quét, không phải nội dung kế hoạch"));
                    continue;
            }
        }

        Identity(draft, headerCapitals, kindFromHeading, stateNumber);
        Structure(draft, ids);
        Demands(draft, lines, where, ids);
        Candidates(draft, lines, where, ids);
        return draft;
    }

    private static void Announce(PlanDraft draft, (DateOnly? Date, string Body, string Genre, string Number, string Symbol, string Title) announced)
    {
        draft.Genre ??= announced.Genre;
        draft.Number ??= announced.Number;
        draft.Symbol ??= announced.Symbol;
        draft.Title ??= announced.Title;
        if (draft.Date is null && announced.Date is { } date)
            draft.Date = Dates.Iso(date);
        draft.IssuerFromBody ??= announced.Body + " ban hành " + announced.Genre.ToLowerInvariant() + " số " + announced.Number + "-" + announced.Symbol;
        draft.IssuerNameInBody ??= System.Text.RegularExpressions.Regex.Replace(announced.Body, @"^(Ban Thường vụ|Ban Chấp hành|Thường trực)\s+", "")
            .ToUpper(CultureInfo.InvariantCulture);
    }

    /// <summary>Cleans the lines and joins those a page break split (<see cref="DraftRules.Continues"/>) or a fixed width wrapped (<see cref="DraftRules.Wraps"/>).</summary>
    private static List<Line> Join(IReadOnlyList<SourceLine> source)
    {
        var lines = new List<Line>();
        var blank = true;
        var previous = "";
        foreach (var s in source)
        {
            var text = DraftRules.Clean(s.Text);
            if (text.Length == 0)
            {
                blank = true;
                continue;
            }
            if (lines.Count > 0 && !DraftRules.IsFootnote(s.Text)
                && (blank ? DraftRules.Continues(lines[^1].Text, text) && !DraftRules.IsCapitals(lines[^1].Text) : DraftRules.Wraps(previous, text)))
                lines[^1] = lines[^1] with { Text = lines[^1].Text + " " + text };
            else
                lines.Add(new Line(s.Number, s.Text, text, blank));
            blank = false;
            previous = text;
        }
        return lines;
    }

    private static void Identity(PlanDraft draft, List<string> headerCapitals, string? kindFromHeading, bool? stateNumber)
    {
        // "ỦY BAN NHÂN DÂN" / "TỈNH NINH BÌNH" is one body's name set on two lines (the issuer's, or its parent's above it).
        for (var h = headerCapitals.Count - 1; h > 0; h--)
        {
            if (DraftRules.CompletesBodyName(headerCapitals[h - 1], headerCapitals[h]))
            {
                headerCapitals[h - 1] += " " + headerCapitals[h];
                headerCapitals.RemoveAt(h);
            }
        }
        if (headerCapitals.Count > 0)
        {
            draft.IssuerName = headerCapitals[^1];
            if (headerCapitals.Count > 1)
                draft.IssuerParent = headerCapitals[^2];
            else
                draft.Gaps.Add(new DraftGap("plan.issuer.parent", "cơ quan cấp trên (nếu văn bản có)", "the parent body (if the document shows one)"));
        }
        else if (draft.IssuerNameInBody is { } fromBody)
        {
            draft.IssuerName = fromBody;
            draft.Assumptions.Add($"Văn bản nguồn không có phần tiêu đề (tên cơ quan ban hành, cơ quan cấp trên): cơ quan ban hành ghi theo nội dung (“{draft.IssuerFromBody}”); cần kiểm tra tên đầy đủ.");
            draft.Gaps.Add(new DraftGap("plan.issuer", "tên đầy đủ của cơ quan ban hành và cơ quan cấp trên (văn bản không có phần tiêu đề; tên đang ghi theo nội dung)",
                "the issuing body's full name and its parent (the text has no header; the name is taken from the body text)"));
        }
        else
            draft.Gaps.Add(new DraftGap("plan.issuer.name", "tên cơ quan ban hành (bắt buộc)", "the issuing body (required)"));

        if (draft.Genre is null)
            draft.Gaps.Add(new DraftGap("plan.genre", "tên loại văn bản (KẾ HOẠCH, CÔNG VĂN …; bắt buộc)", "the document type (KẾ HOẠCH, CÔNG VĂN …; required)"));
        if (draft.Title is null)
            draft.Gaps.Add(new DraftGap("plan.title", "trích yếu (bắt buộc)", "the summary line, trích yếu (required)"));
        if (draft.Number is null)
            draft.Gaps.Add(new DraftGap("plan.number", "số văn bản (để trống nếu bản gốc để trống)", "the document number (leave it out if the original leaves it blank)"));
        if (draft.Date is null)
            draft.Gaps.Add(new DraftGap("plan.date", "ngày ban hành (để trống nếu bản gốc để trống)", "the date of issue (leave it out if the original leaves it blank)"));
        if (draft.Signature is null)
            draft.Gaps.Add(new DraftGap("plan.signature", "khối chữ ký (không tìm thấy; bỏ trống nếu văn bản không có)", "the signature block (not found; leave it out if the document has none)"));

        if (kindFromHeading is not null)
        {
            draft.Kind = kindFromHeading;
            draft.KindEvidence = kindFromHeading == "party" ? "tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”" : "Quốc hiệu, Tiêu ngữ";
        }
        else if (stateNumber is { } state)
        {
            draft.Kind = state ? "state" : "party";
            draft.KindEvidence = state ? $"số và ký hiệu kiểu Nghị định 30 (“{draft.NumberLine}”)" : $"số và ký hiệu kiểu Hướng dẫn 36 (“{draft.NumberLine}”)";
        }
        else if (draft.Symbol is { } symbol && draft.Number is not null)
        {
            draft.Kind = symbol.Contains('/') ? "party" : "state";
            draft.KindEvidence = $"ký hiệu “{draft.Number}-{symbol}”";
        }
        else if (draft.SendTo.Count > 0)
        {
            draft.Kind = "state";
            draft.KindEvidence = "có “Kính gửi”";
        }
        else
        {
            draft.Kind = "party";
            draft.Assumptions.Add("Văn bản không có tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” hay Quốc hiệu, không có số và ký hiệu: mẫu nháp coi là văn bản của Đảng (kind: party); cần kiểm tra.");
            draft.Gaps.Add(new DraftGap("plan.kind", "loại văn bản: của Đảng (party) hay nhà nước (state); mẫu nháp chọn party", "Party or state document; the draft chose party"));
        }

        draft.PlanId = draft.Number is not null ? DraftRules.PlanIdFrom(draft.Genre ?? "KẾ HOẠCH", draft.Number)
            : draft.Symbol is not null ? DraftRules.PlanIdFrom(draft.Genre ?? "KẾ HOẠCH", draft.Symbol)
            : DraftRules.PlanIdFrom(draft.Genre ?? "KẾ HOẠCH", string.Join(" ", (draft.Title ?? "").Split(' ').Take(4)));
    }

    /// <summary>Decides what each section holds (contents, forms, units) and gives ids where the format needs them.</summary>
    private static void Structure(PlanDraft draft, HashSet<string> ids)
    {
        var contentIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in draft.Sections.Where(s => s.No != "-" && s.Items.Count > 0))
        {
            if (draft.Units.Count == 0 && DraftRules.HoldsUnits(section.Title) && section.Items.Any(u => u.No != "-"))
            {
                section.Holds = DraftHolds.Units;
                foreach (var item in section.Items)
                {
                    var unit = new DraftUnit(DraftRules.IdFrom(item.Text, ids), item.No == "-" ? null : item.No, item.Text);
                    foreach (var note in item.Notes)
                        unit.Tasks.Add(DraftRules.TrimEnd(System.Text.RegularExpressions.Regex.Replace(note, @"^[-+]\s+", "")));
                    foreach (var child in Flatten(item.Items))
                        unit.Tasks.Add(DraftRules.TrimEnd(child.No + " " + child.Text));
                    draft.Units.Add(unit);
                }
            }
            else if (section.Holds == DraftHolds.None && DraftRules.HoldsContents(section.Title) && draft.Sections.All(s => s.Holds != DraftHolds.Contents))
            {
                section.Holds = DraftHolds.Contents;
                foreach (var item in Flatten(section.Items))
                    item.Id = DraftRules.IdFrom(item.Title, contentIds);
            }
            else if (DraftRules.HoldsForms(section.Title) && section.Items.All(f => f.Items.Count == 0) && draft.Sections.All(s => s.Holds != DraftHolds.Forms))
            {
                section.Holds = DraftHolds.Forms;
                var formIds = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in section.Items)
                    item.Id = DraftRules.IdFrom(item.Title, formIds);
            }
        }

        if (draft.Units.Count == 0 && draft.SendTo.Count > 0)
        {
            // A công văn addresses its units in "Kính gửi" and numbers none in its body: those are who carries it out.
            draft.UnitsFromSendTo = true;
            foreach (var addressee in draft.SendTo)
            {
                foreach (var name in addressee.Name.Split(';').Select(n => n.Trim()).Where(n => n.Length > 0))
                    draft.Units.Add(new DraftUnit(DraftRules.IdFrom(name, ids), null, name));
            }
            draft.Assumptions.Add("Văn bản không đánh số các đơn vị thực hiện: đơn vị lấy theo “Kính gửi” (mỗi đơn vị một dòng, tách tại dấu “;”).");
        }
        if (draft.Units.Count == 0)
            draft.Gaps.Add(new DraftGap("units", "đơn vị thực hiện (không tìm thấy phần “Tổ chức thực hiện” có đánh số)", "the units (no numbered “Tổ chức thực hiện” part found)"));
        else
            draft.Gaps.Add(new DraftGap("units", "đơn vị nào báo cáo (reports:), đơn vị nào tổng hợp (consolidates:), và các cấp (levels:)",
                "which units report (reports:), which consolidate (consolidates:), and the levels (levels:)"));
    }

    private static IEnumerable<DraftItem> Flatten(IEnumerable<DraftItem> items)
    {
        foreach (var item in items)
        {
            yield return item;
            foreach (var child in Flatten(item.Items))
                yield return child;
        }
    }

    /// <summary>Every clause that asks for a report becomes a report; the same regime asked twice is one report quoting both.</summary>
    private static void Demands(PlanDraft draft, List<Line> lines, Dictionary<int, string> where, HashSet<string> ids)
    {
        var planYear = draft.Date is { } iso ? int.Parse(iso.Substring(0, 4), CultureInfo.InvariantCulture) : draft.Year;
        var keys = new Dictionary<string, DraftReport>(StringComparer.Ordinal);
        foreach (var line in lines.Where(l => where.ContainsKey(l.Number)))
        {
            // The list mark ("1.2.", "-") is the outline's, not the sentence's.
            foreach (var clause in DraftRules.Clauses(DraftRules.Numbering(line.Text)?.Text ?? line.Text))
            {
                if (DraftRules.Demand(clause, planYear) is not { } report)
                    continue;
                var quote = "«" + clause + "» (" + where[line.Number] + ", dòng " + line.Number.ToString(CultureInfo.InvariantCulture) + ")";
                var key = report.Period + "|" + report.To + "|" + string.Join(",", report.Due);
                // The same regime asked again without its first year ("vào tháng 11 hằng năm" after "… (từ năm 2023)") is the same report.
                if (keys.TryGetValue(key, out var same) && (same.From == report.From || report.From is null || same.From is null))
                {
                    same.Sources.Add(quote);
                    same.From ??= report.From;
                    continue;
                }
                var name = report.Title.StartsWith("Báo cáo ", StringComparison.OrdinalIgnoreCase) ? report.Title.Substring(8) : report.Title;
                report.Id = DraftRules.IdFrom(name, ids, 4, "bao_cao");
                report.Sources.Add(quote);
                if (report.Period != "once" && report.From is null)
                    draft.Gaps.Add(new DraftGap("reports." + report.Id + ".from", "năm bắt đầu của báo cáo (bắt buộc)", "the report's first year (required)"));
                if (report.Due.Count == 0)
                    draft.Gaps.Add(new DraftGap("reports." + report.Id, "kỳ và hạn báo cáo (văn bản ghi chung chung)", "the report's period and deadline (the text is vague)"));
                keys.TryAdd(key, report);
                draft.Reports.Add(report);
            }
        }
        if (draft.Reports.Count == 0)
            draft.Gaps.Add(new DraftGap("reports", "báo cáo: văn bản không có yêu cầu báo cáo nào; thêm nếu cần", "reports: the text demands none; add one if needed"));
    }

    /// <summary>The counted things the body names, first mention first, as indicators the author may choose.</summary>
    private static void Candidates(PlanDraft draft, List<Line> lines, Dictionary<int, string> where, HashSet<string> ids)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Where(l => where.TryGetValue(l.Number, out var at) && at != Preamble))
        {
            foreach (var (label, unit, index) in DraftRules.CountedThings(line.Text).OrderBy(c => c.Index))
            {
                if (draft.Candidates.Count >= 20 || !seen.Add(label))
                    continue;
                var from = Math.Max(0, index - 40);
                var to = Math.Min(line.Text.Length, index + label.Length + 40);
                // Whole words only in the quote.
                while (from > 0 && line.Text[from - 1] != ' ') from++;
                while (to < line.Text.Length && line.Text[to] != ' ') to--;
                var quote = (from > 0 ? "…" : "") + line.Text.Substring(from, to - from) + (to < line.Text.Length ? "…" : "");
                draft.Candidates.Add(new DraftCandidate(DraftRules.IdFrom(label, ids, 5, "so"), label, unit, where[line.Number], quote));
            }
        }
        draft.Gaps.Add(new DraftGap("indicators", draft.Candidates.Count > 0
                ? "chỉ tiêu: chọn trong danh sách gợi ý (bỏ dấu # ở đầu dòng) hoặc tự thêm"
                : "chỉ tiêu: văn bản không nêu thứ đếm được; tự thêm nếu cần",
            draft.Candidates.Count > 0 ? "indicators: choose from the suggested list (remove the leading #) or add your own" : "indicators: the text names nothing counted; add your own if needed"));
    }
}
