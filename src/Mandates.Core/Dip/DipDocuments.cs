using System.Text.RegularExpressions;
using Mandates.Core.Law;
using Mandates.Core.Problems;
using static Mandates.Core.Problems.Problem;

namespace Mandates.Core.Dip;

/// <summary>
/// The DIP documents read so far, and what each says about motions and plenary decisions. Only the fields the
/// record takes are read, each checked against DIP's specification.
/// </summary>
internal sealed partial class DipDocuments
{
    private static readonly string[] Publishers = ["BT", "BR", "BV", "EK"];

    private static readonly string[] WaysOfVoting = ["Abstimmung durch Aufruf der Länder", "Geheime Wahl",
        "Hammelsprung", "Namentliche Abstimmung", "Verhältniswahl"];

    private readonly List<DipMotion> motions = [];
    private readonly List<DipDecision> decisions = [];
    private readonly List<DipSkipped> skipped = [];
    private int documents;

    /// <summary>What every document read says.</summary>
    public DipRead Done() => new(documents, motions, decisions, skipped);

    /// <summary>Reads one DIP document, by its kind (<c>typ</c>).</summary>
    public void Read(JsonPlace place)
    {
        var document = place.Object($"a DIP document (an object with its kind, typ)");
        documents++;
        var kind = document.Required("typ", $"the document's kind: Vorgang, Vorgangsposition or Dokument");
        document.Text("id", $"the document's DIP id, e.g. \"84343\"");
        switch (kind.Text($"the document's kind: Vorgang, Vorgangsposition or Dokument"))
        {
            case "Vorgang":
                // A Vorgang names the proceedings; the facts the record takes are in its steps and papers.
                document.Text("titel", $"the proceedings' title");
                break;
            case "Vorgangsposition":
                Step(document);
                break;
            case "Dokument":
                Paper(document);
                break;
            default:
                throw kind.Not($"is not a kind of DIP document this import reads",
                    $"Vorgang, Vorgangsposition or Dokument (a Drucksache or a Plenarprotokoll)");
        }
    }

    /// <summary>
    /// A Dokument: a Drucksache of the type Antrag is a motion; a Plenarprotokoll holds nothing to take.
    /// </summary>
    private void Paper(JsonPlace document)
    {
        var kind = document.Required("dokumentart", $"Drucksache or Plenarprotokoll");
        switch (kind.Text($"Drucksache or Plenarprotokoll"))
        {
            case "Plenarprotokoll":
                return;
            case "Drucksache":
                var id = document.Text("id", $"the document's DIP id");
                var number = Number(document.Required("dokumentnummer", $"the Drucksache's number, e.g. 21/230"));
                var type = document.Text("drucksachetyp", $"the Drucksache's type, e.g. Antrag");
                var publisher = Publisher(document.Required("herausgeber", $"BT or BR"));
                var found = document.Required("fundstelle", $"the Drucksache's Fundstelle")
                    .Object($"the Drucksache's Fundstelle, an object");
                Motion(document, publisher, number, type, found, $"BT-Drucksache {number} (DIP Dokument {id})");
                return;
            default:
                throw kind.Not($"is not a kind of DIP Dokument this import reads", $"Drucksache or Plenarprotokoll");
        }
    }

    /// <summary>
    /// A Vorgangsposition (a step of the proceedings): one that prints a motion documents it and its
    /// distribution; its Beschlussfassungen are the plenary's decisions.
    /// </summary>
    private void Step(JsonPlace step)
    {
        var id = step.Text("id", $"the step's DIP id");
        var proceedings = step.Text("vorgang_id", $"the DIP id of the step's Vorgang, e.g. \"84343\"");
        var name = step.Text("vorgangsposition", $"the step's name, e.g. 2. Beratung");
        var kind = step.Required("dokumentart", $"Drucksache or Plenarprotokoll");
        var paper = kind.Text($"Drucksache or Plenarprotokoll");
        if (paper is not ("Drucksache" or "Plenarprotokoll"))
            throw kind.Not($"is not a kind of document a step refers to", $"Drucksache or Plenarprotokoll");
        var house = Publisher(step.Required("zuordnung", $"BT, BR, BV or EK"));
        var dated = step.Required("datum", $"the day of the step's document, e.g. 2025-06-26");
        var day = dated.Day();
        var found = step.Required("fundstelle", $"the step's Fundstelle").Object($"the step's Fundstelle, an object");
        var foundNumber = found.Text("dokumentnummer", $"the number of the step's document, e.g. 21/230");
        if (house != "BT")
        {
            skipped.Add(new(step.Where, $"a step of the {house}, not of the Bundestag"));
            return;
        }
        var cited = $"DIP Vorgang {proceedings}, Vorgangsposition {id} ({name}): BT-{paper} {foundNumber}";
        if (paper == "Drucksache" && found.OptionalText("drucksachetyp", $"the Drucksache's type") is { } type)
            Motion(found, Publisher(found.Required("herausgeber", $"BT or BR")),
                Number(found.Required("dokumentnummer", $"the Drucksache's number")), type, found, cited);
        if (step.Optional("beschlussfassung") is not { } all) return;
        var page = found.OptionalText("seite", $"the page, e.g. 4292B") is { } p ? $", p. {p}" : "";
        foreach (var decision in all.Items($"an array of Beschlussfassungen"))
            Decision(decision.Object($"a Beschlussfassung, an object"), dated, $"{cited}{page}, {Days.Format(day)}");
    }

    /// <summary>A Drucksache a step or a Dokument names: a Bundestag Antrag is a motion.</summary>
    private void Motion(JsonPlace at, string publisher, string number, string type, JsonPlace found, string cited)
    {
        var distributed = found.OptionalDay("verteildatum");
        var numberAt = at.Optional("dokumentnummer")?.Where ?? at.Where;
        var pdf = found.OptionalText("pdf_url", $"the link to the PDF") is { } link ? $" ; {link}" : "";
        if (publisher != "BT") skipped.Add(new(at.Where, $"a Drucksache of the {publisher}, not of the Bundestag"));
        else if (type != "Antrag")
            skipped.Add(new(at.Where, $"a Drucksache of the type '{type}', not a motion (Antrag)"));
        else motions.Add(new DipMotion(number, numberAt, distributed, $"{found.Where}.verteildatum", cited + pdf));
    }

    /// <summary>A Beschlussfassung: an Annahme or Ablehnung of a Drucksache is a plenary decision.</summary>
    private void Decision(JsonPlace decision, JsonPlace day, string cited)
    {
        var tenor = decision.Text("beschlusstenor", $"the decision, e.g. Annahme der Vorlage");
        var accepted = tenor.StartsWith("Annahme", StringComparison.OrdinalIgnoreCase);
        if (!accepted && !tenor.StartsWith("Ablehnung", StringComparison.OrdinalIgnoreCase))
        {
            skipped.Add(new(decision.Where, $"'{tenor}' neither adopts nor rejects a Drucksache"));
            return;
        }
        var numbered = decision.Required("dokumentnummer", $"the number of the Drucksache decided on, e.g. 21/230");
        var number = Number(numbered);
        bool? rollCall = null;
        if (decision.Optional("abstimmungsart") is { } way)
        {
            var said = way.Text($"one of {string.Join(", ", WaysOfVoting)}");
            if (!WaysOfVoting.Contains(said))
                throw way.Not($"is not a way of voting DIP names", $"one of {string.Join(", ", WaysOfVoting)}");
            rollCall = said == "Namentliche Abstimmung";
        }
        var (yes, no, abstentions) = Counts(decision.Optional("abstimm_ergebnis_bemerkung"));
        decisions.Add(new DipDecision(number, numbered.Where, day.Day(), day.Where, accepted, yes, no, abstentions,
            rollCall, cited, decision.Where));
    }

    /// <summary>
    /// The counts a remark gives as yes:no:abstentions ("391:189:2"); none where it gives none ("einstimmig").
    /// </summary>
    private static (int?, int?, int?) Counts(JsonPlace? remark)
    {
        if (remark is not { } said) return (null, null, null);
        var text = said.Text($"a remark on the result, e.g. 391:189:2");
        if (ThreeCounts().Match(text) is not { Success: true } match) return (null, null, null);
        var counts = match.Groups.Values.Skip(1)
            .Select(g => int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (counts.Sum() > PlenaryVote.MostMembers)
            throw said.Not($"gives {counts.Sum():N0} votes in all",
                $"the votes of at most {PlenaryVote.MostMembers:N0} members, yes:no:abstentions, e.g. 391:189:2");
        return (counts[0], counts[1], counts[2]);
    }

    private static string Number(JsonPlace number)
    {
        var text = number.Text($"a Drucksache number, e.g. 21/230");
        return DrucksacheNumber().IsMatch(text) ? text
            : throw number.Not($"is not a Drucksache number", $"the electoral term and the number, e.g. 21/230");
    }

    private static string Publisher(JsonPlace publisher)
    {
        var text = publisher.Text($"one of {string.Join(", ", Publishers)}");
        return Publishers.Contains(text) ? text
            : throw publisher.Not($"is not a house DIP names", $"one of {string.Join(", ", Publishers)}");
    }

    [GeneratedRegex(@"^\d{1,2}/\d{1,6}$")]
    private static partial Regex DrucksacheNumber();

    [GeneratedRegex(@"(\d{1,4})\s*:\s*(\d{1,4})\s*:\s*(\d{1,4})")]
    private static partial Regex ThreeCounts();
}
