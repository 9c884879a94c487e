using Mandates.Core.Law;
using NodaTime;

namespace Mandates.Core.Rules;

/// <summary>One of the seven rules of docs/architecture.md, with its stable id and the law it rests on.</summary>
/// <param name="Number">Its place in docs/architecture.md and in every decision.</param>
/// <param name="Id">The stable id findings and scenarios use, e.g. "consent".</param>
/// <param name="Title">What the rule requires, as a sentence.</param>
/// <param name="Refusal">How a status line says that this rule refused, e.g. "no consent in force".</param>
/// <param name="Citations">The law every finding of the rule cites.</param>
public sealed record Rule(int Number, string Id, string Title, string Refusal, ValueList<Citation> Citations)
{
    /// <summary>
    /// Whether, not met, the rule lets nobody serve on the days however few serve (consent, legal acts,
    /// end date, revocation): the rules before the ceiling. The ceiling depends on how many serve, the task
    /// and area rules on what a tour does.
    /// </summary>
    public bool BarsEveryone => Number < Rulebook.Ceiling.Number;
}

/// <summary>
/// The rules an authorisation applies, in the order findings are reported, and the provisions of
/// the Parliamentary Participation Act the findings cite. Rule texts, citations and the scenarios
/// that test them (tests/Mandates.Core.Tests/Scenarios) belong together.
/// </summary>
public static class Rulebook
{
    private const string ParlBGUrl = "https://www.gesetze-im-internet.de/parlbg/";
    private const string ParlBGDocument = "BGBl. I 2005 S. 775";

    /// <summary>
    /// The day the ParlBG entered into force (§ 9: the day after its promulgation), as
    /// data/legal-acts/parlbg.yaml records it. Before it the law was the judgment of 1994.
    /// </summary>
    public static readonly LocalDate ParlBGInForce = new(2005, 3, 24);

    public static Citation ParlBG(string provision, string page) =>
        new("ParlBG", provision, ParlBGDocument, ParlBGUrl + page);

    public static readonly Citation ConstitutionalCourt1994 =
        new("BVerfGE 90, 286", "judgment of 12 July 1994", null, "https://www.servat.unibe.ch/dfr/bv090286.html");

    /// <summary>The day of BVerfGE 90, 286, which first held the Bundestag's prior consent to be required.</summary>
    public static readonly LocalDate Judgment1994 = new(1994, 7, 12);

    /// <summary>
    /// What a finding on a day before <see cref="Judgment1994"/> cites for the ParlBG: the judgment, said to
    /// come after the day. Before it no constitutive consent was held to be required; a consent the Bundestag
    /// gave then (UNOSOM II, 2 July 1993, at the Court's interim order) is judged as given, not as one due.
    /// </summary>
    public static readonly Citation BeforeTheJudgment1994 = new("BVerfGE 90, 286",
        "judgment of 12 July 1994, after this day: before it no consent was held to be required", null,
        "https://www.servat.unibe.ch/dfr/bv090286.html");

    /// <summary>
    /// The citations as the law in force on the day has them: before the ParlBG, the judgment of 1994 (whose
    /// parliamentary prerogative the ParlBG later spelt out) in place of each of its sections; before the
    /// judgment itself, the judgment said to come later (<see cref="BeforeTheJudgment1994"/>).
    /// </summary>
    public static ValueList<Citation> InForceOn(LocalDate day, ValueList<Citation> citations) =>
        day >= ParlBGInForce || !citations.Any(c => c.Act == "ParlBG" || c == ConstitutionalCourt1994) ? citations
            : citations.Select(c => c.Act != "ParlBG" && c != ConstitutionalCourt1994 ? c
                : day < Judgment1994 ? BeforeTheJudgment1994 : ConstitutionalCourt1994).Distinct().ToValueList();

    public static readonly Citation ConsentRequired = ParlBG("§ 1(2)", "__1.html");
    public static readonly Citation RegularProcedure = ParlBG("§ 3", "__3.html");
    public static readonly Citation SimplifiedProcedure = ParlBG("§ 4(1)", "__4.html");
    public static readonly Citation SubsequentApproval = ParlBG("§ 5", "__5.html");
    public static readonly Citation ExtensionPending = ParlBG("§ 7(2)", "__7.html");
    public static readonly Citation Revocation = ParlBG("§ 8", "__8.html");
    public static readonly Citation MotionContents = ParlBG("§ 3(2)", "__3.html");

    public static readonly Rule Consent = new(1, "consent", "The Bundestag's consent is in force", "no consent in force",
        ValueList.Of(ConsentRequired, ConstitutionalCourt1994));
    public static readonly Rule LegalActs = new(2, "legal-acts", "Every legal act the mandate requires is in force", "a required legal act is not in force",
        ValueList<Citation>.Empty);
    public static readonly Rule EndDate = new(3, "end-date", "The mandate's own end date has not passed", "its end date has passed",
        ValueList.Of(MotionContents));
    public static readonly Rule NotRevoked = new(4, "not-revoked", "The mandate is neither revoked nor replaced", "revoked",
        ValueList.Of(Revocation));
    public static readonly Rule Ceiling = new(5, "ceiling", "Strength stays within the personnel ceiling", "over the ceiling",
        ValueList.Of(MotionContents));
    public static readonly Rule Task = new(6, "task", "The task is one the mandate lists", "task not listed",
        ValueList.Of(MotionContents));
    public static readonly Rule Area = new(7, "area", "The place lies within the mandate's area", "outside the area",
        ValueList.Of(MotionContents));

    public static readonly ValueList<Rule> All = ValueList.Of(Consent, LegalActs, EndDate, NotRevoked, Ceiling, Task, Area);
}
