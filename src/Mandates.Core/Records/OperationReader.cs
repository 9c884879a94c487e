using Mandates.Core.Law;
using YamlDotNet.RepresentationModel;

namespace Mandates.Core.Records;

/// <summary>
/// Reads a file in <see cref="RecordLoader.OperationsFolder"/>: one operation and its chain of mandates.
/// The legal acts its mandates name and the mandates' ids, with their places, are collected for the
/// checks across files.
/// </summary>
internal static class OperationReader
{
    public static Operation? Read(YamlFields f, List<(LegalActId, YamlNode, string, string)> references,
        List<(MandateId, YamlNode, string, string)> mandateIds)
    {
        var id = f.Id("id", OperationId.IsValid,
            "an operation id: letters, digits and '-', starting with a letter (e.g. KFOR)", s => new OperationId(s));
        var name = f.Text("name", true, "the operation's name");
        var lead = f.Text("lead", true, "the lead organisation, e.g. NATO");
        var names = OperationNames.Read(f);
        var source = f.RequiredSource();
        Resubmission? resubmission = null;
        if (f.Child("resubmission") is { } r)
        {
            var months = r.Int("months", true, 1, 120);
            var undertaken = r.Date("undertaken", true);
            var provenance = r.Provenance();
            r.Done();
            if (months is not null && undertaken is not null)
                resubmission = new Resubmission(months.Value, undertaken.Value) { Provenance = provenance };
        }
        var reported = ReportedStrengthReader.Read(f);
        var declared = f.NodeAt("components") != f.Node;
        var components = ComponentReader.Read(f);
        var withoutConsent = DeploymentWithoutConsentReader.Read(f);
        var withoutMandate = ParticipationWithoutMandateReader.Read(f);
        // An operation the Bundestag never consented to records only what was deployed without consent, or the
        // participation that needed none.
        var noChain = f.NodeAt(DeploymentWithoutConsentReader.Key) != f.Node
            || f.NodeAt(ParticipationWithoutMandateReader.Key) != f.Node;
        var mandates = new List<Mandate>();
        foreach (var m in f.Items("mandates", required: !noChain, expected: "the chain of mandates, oldest first "
                     + $"(an operation without mandates lists its {DeploymentWithoutConsentReader.Key} "
                     + $"or its {ParticipationWithoutMandateReader.Key})"))
        {
            var mandate = ReadMandate(m, references, mandateIds, components, declared);
            if (mandate is not null) mandates.Add(mandate);
        }
        f.Done();
        if (f.Errors.Count > 0 || id is null || name is null || lead is null) return null;
        return new Operation
        {
            Id = id.Value, Name = name, Lead = lead, Names = names, Source = source, Resubmission = resubmission,
            Mandates = mandates.ToValueList(), ReportedStrength = reported, Components = components,
            DeploymentsWithoutConsent = withoutConsent, ParticipationWithoutMandate = withoutMandate,
        };
    }

    private static Mandate? ReadMandate(YamlFields f, List<(LegalActId, YamlNode, string, string)> references,
        List<(MandateId, YamlNode, string, string)> ids, IReadOnlyList<Component> components, bool declared)
    {
        var errorsBefore = f.Errors.Count;
        var id = f.Id("id", MandateId.IsValid,
            "a mandate id: letters, digits, '-' or '.', starting with a letter (e.g. KFOR-2025)",
            s => new MandateId(s));
        var procedure = f.Word("procedure", true, RecordLoader.Procedures);
        var extension = f.Bool("extension") ?? false;
        var source = f.RequiredSource();
        var component = ComponentReader.OfMandate(f, components, declared);
        var cabinet = MandateFieldReader.DatedFact(f, "cabinet", false);

        Motion? motion = null;
        if (f.Child("motion", required: false, expected: "the government's motion: document, distributed, url")
            is { } mf)
        {
            var document = mf.Text("document", true, "the motion's printed paper, e.g. Drucksache 21/230");
            var url = mf.Text("url");
            var distributed = mf.Date("distributed");
            var firstReading = mf.Date("first-reading");
            var provenance = mf.Provenance();
            mf.Done();
            if (document is not null)
                motion = new Motion(document)
                {
                    Url = url, Distributed = distributed, FirstReading = firstReading, Provenance = provenance,
                };
        }

        CommitteeRecommendation? committee = null;
        if (f.Child("committee") is { } cf)
        {
            var name = cf.Text("committee", true, "the committee's name");
            var document = cf.Text("document");
            var recommendation = cf.Word("recommendation", true, RecordLoader.Recommendations);
            var provenance = cf.Provenance();
            cf.Done();
            if (name is not null && recommendation is not null)
                committee = new CommitteeRecommendation(name, recommendation.Value)
                {
                    Document = document, Provenance = provenance,
                };
        }

        Objection? objection = null;
        if (f.Child("objection") is { } of)
        {
            var date = of.Date("date", true);
            var by = of.Text("by", true, "who demanded the debate: a parliamentary group or 5 % of the members");
            var provenance = of.Provenance();
            of.Done();
            if (date is not null && by is not null)
                objection = new Objection(date.Value, by) { Provenance = provenance };
        }

        PlenaryVote? vote = null;
        if (f.Child("vote") is { } vf)
        {
            var date = vf.Date("date", true);
            var result = vf.Word("result", true, RecordLoader.VoteResults);
            var count = $"a count of the Bundestag's members, a whole number from 0 to {PlenaryVote.MostMembers:N0}";
            var yes = vf.Int("yes", max: PlenaryVote.MostMembers, expected: count);
            var no = vf.Int("no", max: PlenaryVote.MostMembers, expected: count);
            var abstentions = vf.Int("abstentions", max: PlenaryVote.MostMembers, expected: count);
            var rollCall = vf.Bool("roll-call") ?? false;
            var provenance = vf.Provenance();
            vf.Done();
            if ((yes is null) != (no is null) || (yes is null) != (abstentions is null))
                vf.Error(vf.Node, vf.Path, null, "yes, no and abstentions together, or none of them");
            else if (yes + no + abstentions > PlenaryVote.MostMembers)
                vf.Error(vf.Node, vf.Path, $"{yes + no + abstentions} votes in all",
                    $"yes, no and abstentions of at most {PlenaryVote.MostMembers:N0} members together");
            if (date is not null && result is not null)
                vote = new PlenaryVote(date.Value, result.Value)
                {
                    Yes = yes, No = no, Abstentions = abstentions, RollCall = rollCall, Provenance = provenance,
                };
        }

        var start = MandateFieldReader.DatedFact(f, "start", false);
        var (endPresent, end) = MandateFieldReader.EndFact(f);
        var plannedDuration = f.Text("planned-duration");
        var requires = MandateFieldReader.ActIds(f, "requires", references);
        var legalBases = MandateFieldReader.ActIds(f, "legal-bases", references);
        var mission = f.Text("mission");
        var ceiling = MandateFieldReader.ReadCeiling(f);
        var ceilingChanges = CeilingChangeReader.Read(f, end);

        var exceptions = new List<CeilingException>();
        foreach (var ef in f.Items("ceiling-exceptions"))
        {
            var kind = ef.Word("kind", true, RecordLoader.ExceptionKinds);
            var extra = ef.Int("extra-persons", true, 1);
            var days = ef.Int("max-days", true, 1, 3650);
            var wording = ef.Text("wording");
            var provenance = ef.Provenance();
            ef.Done();
            if (kind is not null && extra is not null && days is not null)
            {
                if (exceptions.Any(e => e.Kind == kind))
                    ef.ErrorAt("kind", kind.Value.ToString().ToLowerInvariant(), "one clause per kind");
                exceptions.Add(new CeilingException(kind.Value, extra.Value, days.Value)
                {
                    Wording = wording, Provenance = provenance,
                });
            }
        }

        var tasks = MandateFieldReader.Elements(f, "tasks");
        var capabilities = MandateFieldReader.Elements(f, "capabilities");
        var areas = MandateFieldReader.Elements(f, "areas");

        Costs? costs = null;
        if (f.Child("costs") is { } kf)
        {
            costs = new Costs
            {
                AmountEur = kf.Decimal("amount-eur"), Period = kf.Text("period"), Financing = kf.Text("financing"),
                Provenance = kf.Provenance(),
            };
            kf.Done();
        }

        AuthorisedOfficial? official = null;
        if (f.Child("authorised-official") is { } af)
        {
            var title = af.Text("title", true, "the office, e.g. Federal Minister of Defence");
            var holder = af.Text("holder");
            var provenance = af.Provenance();
            af.Done();
            if (title is not null)
                official = new AuthorisedOfficial(title) { Holder = holder, Provenance = provenance };
        }

        Revocation? revocation = null;
        if (f.Child("revocation") is { } rf)
        {
            var decided = rf.Date("decided", true);
            var effective = rf.Date("effective");
            var document = rf.Text("document");
            var provenance = rf.Provenance();
            rf.Done();
            if (decided is { } d && effective is { } e && e < d)
                rf.ErrorAt("effective", Days.Format(e), $"a day on or after the decision ({Days.Format(d)})");
            else if (decided is not null)
                revocation = new Revocation(decided.Value, effective ?? decided.Value)
                {
                    Document = document, EffectiveStated = effective is not null, Provenance = provenance,
                };
        }
        var withdrawn = MandateFieldReader.Withdrawal(f);
        f.Done();
        if (!endPresent)
            f.Error(f.Node, f.Path + ".end", null, "the required field 'end': the last day (inclusive), or 'open'");

        if (f.Errors.Count > errorsBefore || id is null || procedure is null || ceiling is null) return null;
        var mandate = new Mandate
        {
            Id = id.Value, Procedure = procedure.Value, IsExtension = extension, Source = source,
            Cabinet = cabinet, Motion = motion, Committee = committee, Objection = objection, Vote = vote,
            Start = start, End = end, PlannedDuration = plannedDuration, Requires = requires, LegalBases = legalBases,
            Mission = mission, Ceiling = ceiling, CeilingChanges = ceilingChanges,
            CeilingExceptions = exceptions.ToValueList(),
            Tasks = tasks, Capabilities = capabilities, Areas = areas, Costs = costs,
            AuthorisedOfficial = official, Revocation = revocation, Withdrawn = withdrawn, Component = component,
        };
        // What the law does not allow together (the procedure's needs, the order of its steps) is the mandate's
        // own rule.
        foreach (var contradiction in mandate.Contradictions())
            f.ErrorAt(contradiction.Field, contradiction.Value, contradiction.Expected);
        if (f.Errors.Count > errorsBefore) return null;
        ids.Add((mandate.Id, f.NodeAt("id"), f.Path + ".id", f.File));
        return mandate;
    }
}
