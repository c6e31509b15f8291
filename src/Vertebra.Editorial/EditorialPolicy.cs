namespace Vertebra.Editorial;

/// <summary>Who may sign off and publish, as the department decides (the deployment settings; see the README).</summary>
public sealed record EditorialPolicy
{
    /// <summary>A reviewer may sign off text they wrote or changed since the last sign-off (default: no).</summary>
    public bool ReviewerMaySignOffOwnText { get; init; }

    /// <summary>The reviewer who signed an article off may not also publish it: a second person must (default: off).</summary>
    public bool TwoPeopleToPublish { get; init; }
}
