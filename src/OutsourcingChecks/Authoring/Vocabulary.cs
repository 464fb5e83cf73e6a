namespace OutsourcingChecks.Authoring;

/// <summary>
/// The words around a figure that suggest what it measures, in one table (the conventions of
/// docs/format.md: measures, dims keys and the service slugs). Matched on text without whitespace.
/// </summary>
public static class Vocabulary
{
    /// <summary>Words naming the base measure of an amount.</summary>
    public static readonly (string Word, string Measure)[] Measures = [("执行额", "execution"), ("合同额", "contract")];

    /// <summary>Words naming the scope of an amount.</summary>
    public static readonly (string Word, string Scope)[] Scopes = [("离岸", "offshore"), ("在岸", "onshore")];

    /// <summary>Regions of China (docs/format.md: east, central, west, northeast; the economic circles).</summary>
    public static readonly (string Word, string Region)[] Regions =
    [
        ("东部", "east"), ("中部", "central"), ("西部", "west"), ("东北", "northeast"), ("长三角", "yangtze_delta"),
        ("黄河流域", "yellow_river"), ("京津冀", "beijing_tianjin_hebei"), ("成渝", "chengdu_chongqing"),
    ];

    /// <summary>Partner markets, in English snake case.</summary>
    public static readonly (string Word, string Market)[] Markets =
    [
        ("美国", "united_states"), ("香港", "hong_kong"), ("新加坡", "singapore"), ("德国", "germany"), ("台湾", "taiwan"),
        ("英国", "united_kingdom"), ("日本", "japan"), ("韩国", "south_korea"), ("法国", "france"), ("瑞士", "switzerland"),
        ("一带一路", "belt_and_road"),
    ];

    /// <summary>The three categories, written as the report writes them.</summary>
    public static readonly string[] Categories = ["ITO", "BPO", "KPO"];

    /// <summary>Sub-services with their slug and category (longest names first where one contains another).</summary>
    public static readonly ServiceName[] Services =
    [
        new("新一代信息技术开发应用", "it_new", "ITO"),
        new("信息技术运营和维护", "it_ops", "ITO"),
        new("信息技术研发", "it_rd", "ITO"),
        new("信息技术解决方案", "it_solution", "ITO"),
        new("业务运营", "bpo_ops", "BPO"),
        new("内部管理", "bpo_mgmt", "BPO"),
        new("维修维护", "bpo_maint", "BPO"),
        new("设计服务", "kpo_design", "KPO"),
        new("研发服务", "kpo_rd", "KPO"),
        new("商务服务", "kpo_business", "KPO"),
    ];

    /// <summary>Words before a percentage that make it a growth rate (同比增长 29.2%).</summary>
    public static readonly string[] Growth = ["增长", "增速", "增幅", "下降", "减少", "降低", "回落"];

    /// <summary>Words comparing a growth with another (增速高 5.1 个百分点: a gap, not a change).</summary>
    public static readonly string[] Comparison = ["高", "低", "快", "慢"];

    /// <summary>Words before a figure that make it a decline (its signed value is negative).</summary>
    public static readonly string[] Decline = ["下降", "减少", "降低", "回落"];

    /// <summary>Words before a percentage that make it a share (占比 19.0%, 占全部 … 的 57.5%).</summary>
    public static readonly string[] Share = ["占", "比重"];

    /// <summary>Words right before a figure that bound it, with the qualifier they give.</summary>
    public static readonly (string Word, string Qualifier)[] Bounds =
    [
        ("约", "about"), ("超过", "more-than"), ("突破", "more-than"), ("逾", "more-than"), ("超", "more-than"),
        ("接近", "nearly"), ("近", "nearly"), ("不足", "less-than"), ("不到", "less-than"), ("低于", "less-than"), ("少于", "less-than"),
    ];

    /// <summary>The order of dims in an id and in a file (docs/format.md).</summary>
    public static readonly string[] DimsOrder = ["scope", "category", "service", "region", "market", "of"];
}

/// <summary>A sub-service as the report names it, with its slug and its category.</summary>
public sealed record ServiceName(string Word, string Slug, string Category);
