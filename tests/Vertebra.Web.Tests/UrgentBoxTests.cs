using Vertebra.Content.Model;
using Vertebra.Web.Hosting;
using Vertebra.Web.Presentation;

namespace Vertebra.Web.Tests;

/// <summary>The urgent box: the emergency and same-day signs a page names, most urgent first, with a call link.</summary>
public sealed class UrgentBoxTests : IDisposable
{
    private const string Signs = """
        sign_actions:
          emergency: Call {emergency_number} or go to the nearest emergency department now.
          urgent: See a doctor today.
          soon: See a spine specialist within 1 to 2 weeks.
        warning_signs:
          - id: lasting-numbness
            name: Numbness that has lasted 6 weeks or more
            level: soon
            topics: [sciatica]
          - id: high-temperature
            name: A high temperature with back pain
            level: urgent
            topics: [sciatica]
          - id: saddle-numbness
            name: New numbness around your bottom or genitals
            level: emergency
            topics: [sciatica, lumbar-disc-herniation]
        """;

    private readonly string content = Directory.CreateTempSubdirectory("vertebra-urgent-").FullName;

    public UrgentBoxTests()
    {
        Directory.CreateDirectory(Path.Combine(content, "guidance"));
        File.WriteAllText(Path.Combine(content, "guidance", "warning-signs.yaml"), Signs);
    }

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
                Assert.Equal(["New numbness around your bottom or genitals"], emergency.Signs);
                Assert.Equal("Call ", emergency.ActionBefore);
                Assert.Equal("999", emergency.Number);
                Assert.Equal("tel:999", emergency.TelHref);
                Assert.Equal(" or go to the nearest emergency department now.", emergency.ActionAfter);
            },
            urgent =>
            {
                Assert.False(urgent.IsEmergency);
                Assert.Equal(["A high temperature with back pain"], urgent.Signs);
                Assert.Null(urgent.Number);
                Assert.Equal("See a doctor today.", urgent.ActionBefore);
            });
    }

    [Fact]
    public void ForArticle_NoSignsOrOnlySignsThatCanWait_HasNoBox()
    {
        Assert.Null(Boxes().ForArticle(Article("Nothing urgent here.")));
        Assert.Null(Boxes().ForArticle(Article("{warning-signs: lasting-numbness}")));
    }

    [Fact]
    public void ForCondition_SignsWhoseTopicsNameTheCondition()
    {
        var box = Boxes().ForCondition(new Condition { Id = "lumbar-disc-herniation", Name = "Lumbar disc herniation", Icd10 = "M51.1", Group = "degenerative", Clinic = "spine", Description = "A disc presses on a nerve." });

        var group = Assert.Single(Assert.IsType<UrgentBox>(box).Groups);
        Assert.Equal(["New numbness around your bottom or genitals"], group.Signs);
    }

    [Theory]
    [InlineData("Call 112 now.", "112", "Call ", "112", " now.")]
    [InlineData("Go to an emergency department now.", "999", "Go to an emergency department now.", null, "")]
    public void SplitAction_SetsTheNumberApartForACallLink(string action, string number, string before, string? found, string after)
    {
        Assert.Equal((before, found, after), UrgentSignGroup.SplitAction(action, number));
    }

    public void Dispose() => Directory.Delete(content, recursive: true);

    private UrgentBoxes Boxes() => new(new VertebraWebOptions { DataDirectory = content, ContentDirectory = content });

    private static Article Article(string body) => new() { Slug = "a", Title = "A", Summary = "S", Body = body };
}
