using System.Collections.Generic;

namespace ReportKit.Cli.Drafting;

/// <summary>What the drafter read from a plan, before it is written as a template. Every text is as the plan writes it.</summary>
internal sealed class PlanDraft
{
    public string PlanId { get; set; } = "";
    public string Kind { get; set; } = "party";
    /// <summary>Why <see cref="Kind"/> was chosen (a header line, the number's shape), or null when it is a default.</summary>
    public string? KindEvidence { get; set; }
    public string? Genre { get; set; }
    public string? Number { get; set; }
    public string? Symbol { get; set; }
    public string? NumberLine { get; set; }
    public string? IssuerName { get; set; }
    public string? IssuerParent { get; set; }
    /// <summary>The sentence the issuer was read from when the header does not name it.</summary>
    public string? IssuerFromBody { get; set; }
    /// <summary>The issuing body as that sentence names it, in capitals.</summary>
    public string? IssuerNameInBody { get; set; }
    public string? Place { get; set; }
    public string? Date { get; set; }
    public int? Year { get; set; }
    public string? DateLine { get; set; }
    public string? Title { get; set; }
    public List<DraftReference> Implements { get; } = new();
    public List<DraftRecipient> SendTo { get; } = new();
    public List<DraftRecipient> Recipients { get; } = new();
    public DraftSignature? Signature { get; set; }
    public List<DraftItem> Sections { get; } = new();
    public List<DraftUnit> Units { get; } = new();
    /// <summary>True when the units come from "Kính gửi" (a công văn that numbers none).</summary>
    public bool UnitsFromSendTo { get; set; }
    public List<DraftReport> Reports { get; } = new();
    public List<DraftCandidate> Candidates { get; } = new();
    public List<DraftNote> Unplaced { get; } = new();
    public List<string> Assumptions { get; } = new();
    /// <summary>What the author must still fill or decide, in both languages (the command prints it).</summary>
    public List<DraftGap> Gaps { get; } = new();
}

/// <summary>A document the plan implements: <c>Kế hoạch số 105-KH/HU ngày 07/4/2023 của … về …</c>.</summary>
internal sealed record DraftReference(string Ref, string? Date, string? By, string? Title);

/// <summary>A recipient line, with its tag (<c>T/h</c>, <c>B/c</c>) when it has one.</summary>
internal sealed record DraftRecipient(string Name, string? Tag);

/// <summary>The signature block.</summary>
internal sealed record DraftSignature(string? Capacity, string Title, string Name);

/// <summary>What an outline section holds, as the template format names it (<c>holds:</c>), or none.</summary>
internal enum DraftHolds { None, Contents, Forms, Units }

/// <summary>One numbered item of the outline, with the unnumbered text under it kept as notes.</summary>
internal sealed class DraftItem
{
    public DraftItem(string no, string title, int line)
    {
        No = no;
        Title = title;
        Line = line;
    }

    public string No { get; }
    public string Title { get; }
    public int Line { get; }
    /// <summary>The item's whole text (a unit's name is never cut).</summary>
    public string Text { get; init; } = "";
    public string? Id { get; set; }
    /// <summary>The rest of a long item after its title (the title stops at a clause boundary), kept verbatim.</summary>
    public string? Rest { get; set; }
    public DraftHolds Holds { get; set; }
    public List<DraftItem> Items { get; } = new();
    /// <summary>Unnumbered paragraphs and bullets under the item: kept as comments, never dropped.</summary>
    public List<string> Notes { get; } = new();
}

/// <summary>A unit of the "Tổ chức thực hiện" part with its tasks.</summary>
internal sealed class DraftUnit
{
    public DraftUnit(string id, string? no, string name)
    {
        Id = id;
        No = no;
        Name = name;
    }

    public string Id { get; }
    public string? No { get; }
    public string Name { get; }
    public List<string> Tasks { get; } = new();
}

/// <summary>A reporting demand turned into a report: the sentences it came from, and what the text leaves open.</summary>
internal sealed class DraftReport
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>A template <c>period:</c> word: once, month, quarter, half_year, year, span.</summary>
    public string Period { get; set; } = "once";
    public int? From { get; set; }
    public int? To { get; set; }
    /// <summary>The <c>due:</c> mapping as key/value pairs in order (<c>before: 2023-04-20</c>, <c>month: 11</c>), empty when the text gives no deadline.</summary>
    public List<(string Key, string Value)> Due { get; } = new();
    public string? Assumption { get; set; }
    public List<string> Sources { get; } = new();
}

/// <summary>A counted thing the plan names (tin, bài, buổi, lượt, cuộc …): an indicator the author may choose.</summary>
internal sealed record DraftCandidate(string Id, string Label, string Unit, string Where, string Quote);

/// <summary>A line the draft could not place, kept as a comment with the reason.</summary>
internal sealed record DraftNote(int Line, string Text, string Reason);

/// <summary>Something the author must still fill or decide.</summary>
internal sealed record DraftGap(string Where, string Vietnamese, string English);
