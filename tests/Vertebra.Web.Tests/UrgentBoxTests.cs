using Vertebra.Content.Model;
using Vertebra.Guidance;
using Vertebra.Tests.Shared;
using Vertebra.Web.Presentation;

namespace Vertebra.Web.Tests;

/// <summary>
/// The urgent box: the emergency and same-day signs a page names, most urgent first, with a call link. Built from the
/// guidance engine's warning signs (content/guidance/warning-signs.yaml) and the emergency-number setting, the same
/// truth the article lists and the guide use.
/// </summary>
public sealed class UrgentBoxTests
{
    private static readonly GuidanceEngine Engine = GuidanceEngine.Load(Path.Combine(RepositoryPaths.Content, "guidance"));

    [Fact]
    public void ForArticle_NamedSigns_EmergencyFirstThenSameDayAndNothingThatCanWait()
    {
        var box = Boxes().ForArticle(Article("Text.\n\n{warning-signs: lasting-numbness, high-temperature, saddle-numbness}\n"));

        Assert.NotNull(box);
        Assert.Collection(
            box.Groups,
            emergency =>
            {
                Assert.True(emergency.IsEmergency);
                Assert.Equal([Name("saddle-numbness")], emergency.Signs);
                Assert.Equal("Call ", emergency.ActionBefore);
                Assert.Equal("999", emergency.Number);
                Assert.Equal("tel:999", emergency.TelHref);
                Assert.Equal(" or go to the nearest emergency department now.", emergency.ActionAfter);
            },
            urgent =>
            {
                Assert.False(urgent.IsEmergency);
                Assert.Equal([Name("high-temperature")], urgent.Signs);
                Assert.Null(urgent.Number);
                Assert.StartsWith("See a doctor today.", urgent.ActionBefore, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void ForArticle_ConfiguredEmergencyNumber_IsTheCallLink()
    {
        var box = Boxes("112").ForArticle(Article("{warning-signs: saddle-numbness}"));

        var group = Assert.Single(Assert.IsType<UrgentBox>(box).Groups);
        Assert.Equal("112", group.Number);
        Assert.Equal("tel:112", group.TelHref);
    }

    [Fact]
    public void ForArticle_NoSignsOrOnlySignsThatCanWait_HasNoBox()
    {
        Assert.Null(Boxes().ForArticle(Article("Nothing urgent here.")));
        Assert.Null(Boxes().ForArticle(Article("{warning-signs: lasting-numbness, pain-not-getting-better}")));
    }

    [Fact]
    public void ForCondition_EmergencyAndUrgentSignsWhoseTopicsNameTheCondition()
    {
        var condition = new Condition { Id = "lumbar-disc-herniation", Name = "Lumbar disc herniation", Icd10 = "M51.1", Group = "degenerative", Clinic = "spine", Description = "A disc presses on a nerve." };
        var expected = Engine.WarningSigns
            .Where(s => s.Level >= WarningSignLevel.Urgent && s.Topics.Contains(condition.Id))
            .Select(s => s.Name);

        var box = Assert.IsType<UrgentBox>(Boxes().ForCondition(condition));

        Assert.Contains(Name("saddle-numbness"), box.Groups[0].Signs);
        Assert.Equal(expected.Order(StringComparer.Ordinal), box.Groups.SelectMany(g => g.Signs).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Name("lasting-arm-or-leg-pain"), box.Groups.SelectMany(g => g.Signs));
    }

    [Theory]
    [InlineData("Call 112 now.", "112", "Call ", "112", " now.")]
    [InlineData("Go to an emergency department now.", "999", "Go to an emergency department now.", null, "")]
    public void SplitAction_SetsTheNumberApartForACallLink(string action, string number, string before, string? found, string after)
    {
        Assert.Equal((before, found, after), UrgentSignGroup.SplitAction(action, number));
    }

    private static UrgentBoxes Boxes(string emergencyNumber = "999")
    {
        return new UrgentBoxes(Engine, new WarningSignMarkdown(Engine, emergencyNumber), emergencyNumber);
    }

    private static string Name(string id) => Engine.FindWarningSign(id)!.Name;

    private static Article Article(string body) => new() { Slug = "a", Title = "A", Summary = "S", Body = body };
}
