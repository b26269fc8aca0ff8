using Knowledge.Cms.Accounts;
using Knowledge.Cms.Sla;
using Knowledge.Cms.Teams;
using Knowledge.Cms.Tickets;
using Knowledge.Tests.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Sla;

/// <summary>A fresh install without demo data: the default matrix, admin edits with validation and concurrency, due dates from it.</summary>
public sealed class EscalationMatrixTests(EscalationMatrixTests.Fixture fixture) : IClassFixture<EscalationMatrixTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public KnowledgeApp App { get; } = new(seedDemo: false, settings: new Dictionary<string, string?> { ["Triage:TrainOnStart"] = "false" });

        public void Dispose() => App.Dispose();
    }

    private const string Update = "mutation($p: [SlaPolicyInput!]!) { updateEscalationMatrix(input: { policies: $p }) { policies { tier priority firstResponseMinutes resolutionMinutes calendar { slug } requiredSeniority notify version } } }";
    private KnowledgeApp App => fixture.App;

    private async Task<string> AccountAsync(string tier, string timeZone)
    {
        var data = await App.Client().QueryAsync("mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { id } } }",
            new { i = new { name = $"{tier} {Guid.NewGuid():n}", tier, timeZone } });
        return data.GetProperty("createAccount").GetProperty("account").GetProperty("id").GetString()!;
    }

    private async Task<System.Text.Json.JsonElement> TicketAsync(string accountId, string priority) =>
        (await App.Client().QueryAsync("mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { createdAt firstResponseDueAt resolutionDueAt sla { calendar timeZone businessHours firstResponseWarnAt resolutionWarnAt } } } }",
            new { i = new { subject = "Export question", body = "How do I export the weekly report as CSV?", accountId, priority, language = "en" } }))
        .GetProperty("createTicket").GetProperty("ticket");

    [Fact]
    public async Task Should_seed_the_default_matrix_when_a_fresh_install_has_no_demo_data()
    {
        var matrix = (await App.Client().QueryAsync("{ escalationMatrix { policies { tier priority firstResponseMinutes resolutionMinutes calendar { slug alwaysOpen } requiredSeniority notify } calendars { slug opens closes workingDays } } }"))
            .GetProperty("escalationMatrix");
        var policies = matrix.GetProperty("policies").EnumerateArray().ToList();
        Assert.Equal(16, policies.Count);
        var top = policies[0];
        Assert.Equal(("ENTERPRISE", "P1"), (top.GetProperty("tier").GetString(), top.GetProperty("priority").GetString()));
        Assert.Equal(30, top.GetProperty("firstResponseMinutes").GetInt32());
        Assert.True(top.GetProperty("calendar").GetProperty("alwaysOpen").GetBoolean());
        Assert.Equal("SENIOR", top.GetProperty("requiredSeniority").GetString());
        Assert.Contains(top.GetProperty("notify").EnumerateArray(), r => r.GetString() == "CSM");
        var business = Assert.Single(matrix.GetProperty("calendars").EnumerateArray(), c => c.GetProperty("slug").GetString() == "business-hours");
        Assert.Equal(("09:00", "17:00"), (business.GetProperty("opens").GetString(), business.GetProperty("closes").GetString()));
    }

    [Fact]
    public async Task Should_count_due_dates_in_business_hours_of_the_accounts_time_zone_when_the_tier_works_business_hours()
    {
        // The clock starts Monday 2026-06-01 12:00 UTC = 08:00 in New York, before opening. SMB P3: 8 h first
        // response and 40 h resolution in Mon–Fri 09:00–17:00 New York time.
        var ticket = await TicketAsync(await AccountAsync("SMB", "America/New_York"), "P3");
        Assert.Equal(new DateTime(2026, 6, 1, 21, 0, 0, DateTimeKind.Utc), ticket.GetProperty("firstResponseDueAt").GetDateTime().ToUniversalTime());
        Assert.Equal(new DateTime(2026, 6, 5, 21, 0, 0, DateTimeKind.Utc), ticket.GetProperty("resolutionDueAt").GetDateTime().ToUniversalTime());
        var sla = ticket.GetProperty("sla");
        Assert.Equal(("business-hours", "America/New_York", true), (sla.GetProperty("calendar").GetString(), sla.GetProperty("timeZone").GetString(), sla.GetProperty("businessHours").GetBoolean()));
        // 80% of 8 business hours = 6 h 24 min after 09:00 = 15:24 New York time.
        Assert.Equal(new DateTime(2026, 6, 1, 19, 24, 0, DateTimeKind.Utc), sla.GetProperty("firstResponseWarnAt").GetDateTime().ToUniversalTime());
    }

    [Fact]
    public async Task Should_run_the_clock_around_the_clock_when_the_cell_is_24x7()
    {
        var ticket = await TicketAsync(await AccountAsync("ENTERPRISE", "Europe/Berlin"), "P1");
        var created = ticket.GetProperty("createdAt").GetDateTime();
        Assert.Equal(created.AddMinutes(30), ticket.GetProperty("firstResponseDueAt").GetDateTime());
        Assert.Equal(created.AddHours(4), ticket.GetProperty("resolutionDueAt").GetDateTime());
        Assert.False(ticket.GetProperty("sla").GetProperty("businessHours").GetBoolean());
    }

    [Theory]
    [InlineData("{\"tier\":\"FREE\",\"priority\":\"P2\",\"firstResponseMinutes\":0}", "input.policies[0].firstResponseMinutes")]
    [InlineData("{\"tier\":\"FREE\",\"priority\":\"P2\",\"resolutionMinutes\":-5}", "input.policies[0].resolutionMinutes")]
    [InlineData("{\"tier\":\"FREE\",\"priority\":\"P2\",\"firstResponseMinutes\":600,\"resolutionMinutes\":60}", "input.policies[0].resolutionMinutes")]
    [InlineData("{\"tier\":\"FREE\",\"priority\":\"P2\",\"calendar\":\"moon-hours\"}", "input.policies[0].calendar")]
    public async Task Should_reject_a_matrix_change_naming_the_field_when_a_value_is_invalid(string cell, string field)
    {
        var response = await App.Client().PostAsync(Update, new { p = new[] { System.Text.Json.JsonSerializer.Deserialize<object>(cell) } });
        Assert.Equal("VALIDATION", response.FirstCode);
        Assert.Equal(field, response.FirstField);
    }

    [Fact]
    public async Task Should_reject_a_matrix_change_when_the_tier_is_unknown()
    {
        var response = await App.Client().PostAsync(Update, new { p = new[] { new { tier = "PLATINUM", priority = "P1", firstResponseMinutes = 10 } } });
        // The tier is an enum: the document is refused before anything runs, and the error names the value.
        Assert.Contains("PLATINUM", Assert.Single(response.Errors).GetProperty("message").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Object, response.Data.ValueKind);
    }

    [Theory]
    [InlineData("{\"slug\":\"night\",\"name\":\"Night\",\"opens\":\"22:00\",\"closes\":\"06:00\"}", "input.closes")]
    [InlineData("{\"slug\":\"mars\",\"name\":\"Mars\",\"timeZone\":\"Mars/Olympus\"}", "input.timeZone")]
    [InlineData("{\"slug\":\"xmas\",\"name\":\"Xmas\",\"holidays\":[\"2026-12-25\",\"25.12.2026\"]}", "input.holidays[1]")]
    [InlineData("{\"slug\":\"never\",\"name\":\"Never\",\"workingDays\":[]}", "input.workingDays")]
    public async Task Should_reject_a_calendar_naming_the_field_when_a_value_is_invalid(string calendar, string field)
    {
        var response = await App.Client().PostAsync("mutation($c: BusinessCalendarInput!) { saveBusinessCalendar(input: $c) { calendar { slug } } }",
            new { c = System.Text.Json.JsonSerializer.Deserialize<object>(calendar) });
        Assert.Equal("VALIDATION", response.FirstCode);
        Assert.Equal(field, response.FirstField);
    }

    [Fact]
    public async Task Should_refuse_matrix_changes_when_the_caller_is_an_agent()
    {
        var secret = (await App.Client().QueryAsync("mutation { createApiKey(input: { name: \"sla-agent\", role: AGENT }) { secret } }")).GetProperty("createApiKey").GetProperty("secret").GetString();
        var agent = App.Client(secret);
        Assert.Equal(16, (await agent.QueryAsync("{ escalationMatrix { policies { tier } } }")).GetProperty("escalationMatrix").GetProperty("policies").GetArrayLength());
        var response = await agent.PostAsync(Update, new { p = new[] { new { tier = "FREE", priority = "P3", firstResponseMinutes = 60 } } });
        Assert.Equal("FORBIDDEN", response.FirstCode);
    }

    [Fact]
    public async Task Should_reject_a_stale_write_when_the_cell_changed_since_it_was_read()
    {
        var cell = (await App.Client().QueryAsync("{ escalationMatrix { policies { tier priority version } } }")).GetProperty("escalationMatrix").GetProperty("policies")
            .EnumerateArray().Single(p => p.GetProperty("tier").GetString() == "FREE" && p.GetProperty("priority").GetString() == "P4");
        var version = cell.GetProperty("version").GetInt32();
        var saved = (await App.Client().QueryAsync(Update, new { p = new[] { new { tier = "FREE", priority = "P4", notify = new[] { "TEAM_LEAD" }, expectedVersion = version } } }))
            .GetProperty("updateEscalationMatrix").GetProperty("policies")[0];
        Assert.Equal(version + 1, saved.GetProperty("version").GetInt32());
        Assert.Equal("business-hours", saved.GetProperty("calendar").GetProperty("slug").GetString());

        var stale = await App.Client().PostAsync(Update, new { p = new[] { new { tier = "FREE", priority = "P4", notify = Array.Empty<string>(), expectedVersion = version } } });
        Assert.Equal("CONFLICT", stale.FirstCode);
    }

    [Fact]
    public async Task Should_take_new_tickets_deadlines_from_the_changed_cell_when_an_admin_edits_the_matrix()
    {
        await App.Client().QueryAsync("mutation($c: BusinessCalendarInput!) { saveBusinessCalendar(input: $c) { calendar { version } } }",
            new { c = new { slug = "growth-support", name = "Growth support", timeZone = "Asia/Tokyo", workingDays = new[] { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY" }, opens = "08:00", closes = "20:00" } });
        await App.Client().QueryAsync(Update, new { p = new[] { new { tier = "GROWTH", priority = "P3", firstResponseMinutes = 90, resolutionMinutes = 600, calendar = "growth-support" } } });

        var ticket = await TicketAsync(await AccountAsync("GROWTH", "America/Chicago"), "P3");
        var sla = ticket.GetProperty("sla");
        Assert.Equal(("growth-support", "Asia/Tokyo"), (sla.GetProperty("calendar").GetString(), sla.GetProperty("timeZone").GetString()));
        // Monday 12:00 UTC is 21:00 in Tokyo, after closing: 90 minutes from Tuesday 08:00 JST = Monday 23:00 + 90 min UTC.
        Assert.Equal(new DateTime(2026, 6, 2, 0, 30, 0, DateTimeKind.Utc), ticket.GetProperty("firstResponseDueAt").GetDateTime().ToUniversalTime());
    }

    [Fact]
    public async Task Should_give_routing_the_new_required_level_at_once_when_an_admin_changes_a_cell()
    {
        async Task<Seniority> RequiredAsync()
        {
            await using var scope = App.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SlaPolicies>().RequiredSeniorityAsync(AccountTier.Free, Priority.P1, CancellationToken.None);
        }
        Assert.Equal(Seniority.Senior, await RequiredAsync()); // default, and now cached
        await App.Client().QueryAsync(Update, new { p = new[] { new { tier = "FREE", priority = "P1", requiredSeniority = "LEAD" } } });
        Assert.Equal(Seniority.Lead, await RequiredAsync());
    }
}
