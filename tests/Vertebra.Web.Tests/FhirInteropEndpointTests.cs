using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Code = Hl7.Fhir.Model.Code;
using GuidanceResponse = Hl7.Fhir.Model.GuidanceResponse;
using OperationOutcome = Hl7.Fhir.Model.OperationOutcome;
using Parameters = Hl7.Fhir.Model.Parameters;
using Questionnaire = Hl7.Fhir.Model.Questionnaire;
using Vertebra.Interop.Fhir;

namespace Vertebra.Web.Tests;

public sealed class FhirInteropEndpointTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Operation = "/fhir/QuestionnaireResponse/$guidance";

    private const string SaddleNumbness = """
        {"resourceType":"QuestionnaireResponse","status":"completed",
         "questionnaire":"http://localhost/fhir/Questionnaire/spine-guidance",
         "item":[{"linkId":"red-flags","item":[{"linkId":"saddle_numbness","answer":[{"valueBoolean":true}]}]},
                 {"linkId":"about","item":[{"linkId":"back_pain","answer":[{"valueBoolean":true}]},
                                           {"linkId":"leg_pain","answer":[{"valueCoding":{"code":"both_legs"}}]}]}]}
        """;

    private async Task<(HttpStatusCode Status, string Body, string? MediaType)> PostAsync(string body, string? accept = null, string contentType = "application/fhir+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Operation) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await site.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetQuestionnaire_ServesFhirJsonThatTheSdkParsesAndValidates()
    {
        using var response = await site.Client.GetAsync("/fhir/Questionnaire/spine-guidance");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var questionnaire = FhirJson.Parse<Questionnaire>(await response.Content.ReadAsStringAsync());
        Assert.Empty(FhirJson.Validate(questionnaire));
        Assert.Equal("http://localhost/fhir/Questionnaire/spine-guidance", questionnaire.Url);
        Assert.Contains(questionnaire.Item.Single(i => i.LinkId == "red-flags").Item, i => i.LinkId == "saddle_numbness" && i.Required == true);
    }

    [Fact]
    public async Task PostResponse_ByDefault_AnswersTheGuidanceResultJson()
    {
        var (status, body, mediaType) = await PostAsync(SaddleNumbness);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", mediaType);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("emergency", json.GetProperty("triage").GetString());
        Assert.Equal("emergency_department", json.GetProperty("route").GetString());
        Assert.True(json.GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public async Task PostResponse_AcceptingFhirJson_AnswersAGuidanceResponse()
    {
        var (status, body, mediaType) = await PostAsync(SaddleNumbness, accept: "application/fhir+json");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/fhir+json", mediaType);
        var response = FhirJson.Parse<GuidanceResponse>(body);
        Assert.Empty(FhirJson.Validate(response));
        Assert.Equal(GuidanceResponse.GuidanceResponseStatus.DataRequested, response.Status);
        Assert.Equal("emergency", ((Code)response.Contained.OfType<Parameters>().Single().GetSingle("triage")!.Value!).Value);
    }

    [Theory]
    [InlineData("not json", "application/fhir+json")]
    [InlineData("{\"resourceType\":\"Patient\"}", "application/fhir+json")]
    [InlineData("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[{\"linkId\":\"bogus\"}]}", "application/fhir+json")]
    [InlineData("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\"}", "application/fhir+json; fhirVersion=3.0")]
    public async Task PostResponse_BadInput_Answers400OperationOutcome(string body, string contentType)
    {
        var (status, text, mediaType) = await PostAsync(body, contentType: contentType);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/fhir+json", mediaType);
        var outcome = FhirJson.Parse<OperationOutcome>(text);
        Assert.Equal(OperationOutcome.IssueSeverity.Error, Assert.Single(outcome.Issue).Severity);
    }

    [Fact]
    public async Task PostResponse_AcceptingAnotherFhirVersion_Answers400()
    {
        var (status, _, _) = await PostAsync(SaddleNumbness, accept: "application/fhir+json; fhirVersion=5.0");
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task PostResponse_AsXml_Answers415()
    {
        var (status, _, mediaType) = await PostAsync("<QuestionnaireResponse/>", contentType: "application/fhir+xml");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("application/fhir+json", mediaType);
    }
}
