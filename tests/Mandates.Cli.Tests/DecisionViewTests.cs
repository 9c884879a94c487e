using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// The decision's header as `check` prints it (issue 14, defect 10): numbers as the findings print them, and
/// the headroom a request relying on an exception clause has, beside the ceiling's.
/// </summary>
public class DecisionViewTests
{
    [Fact]
    public void The_header_prints_persons_as_the_findings_do()
    {
        var run = Cli.Invoke("check", "KFOR", "--on", "2025-07-01", "--add", "1351");
        Assert.Contains("KFOR on 2025-07-01, 1,351 more: REFUSED", run.Out);
        Assert.Contains("1,351 requested", run.Out);
    }

    [Fact]
    public void A_request_relying_on_a_clause_is_told_how_much_of_the_clause_is_left()
    {
        // ASPIDES: a ceiling of 700 and a transfer clause of 70 more for at most 14 days.
        var run = Cli.Invoke("check", "ASPIDES", "--on", "2025-07-01", "--add", "720", "--exception", "transfer");
        Assert.Equal(0, run.Exit);
        Assert.Contains("Headroom: 700 under the ceiling; with the transfer clause up to 770 more for at most 14 days", run.Out);
        // Without a clause relied on, the headroom is the ceiling's alone, as before.
        Assert.Contains("Headroom: 700 (persons that may still be added on every day, under the ceiling)",
            Cli.Invoke("check", "ASPIDES", "--on", "2025-07-01", "--add", "20").Out);
    }
}
