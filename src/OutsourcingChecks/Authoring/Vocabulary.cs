namespace OutsourcingChecks.Authoring;

/// <summary>A word that names a measure (执行额 → execution), for figures of one kind of unit.</summary>
/// <param name="Unit">The dimension of the figures it names (count, person, USD …); null for amounts in any currency.</param>
public sealed record MeasureWord(string Word, string Measure, string? Unit = null);

/// <summary>A word that names values of dimensions (离岸 → scope: offshore; 信息技术研发 → category: ITO, service: it_rd).</summary>
public sealed record DimsWord(string Word, IReadOnlyList<KeyValuePair<string, string>> Dims);

/// <summary>
/// Members of a dimension that make up its whole: the facts of the parts add up to the fact of the
/// same measure, period and other dims without this dimension (or with it set to <see cref="Whole"/>,
/// or with the dims <see cref="WholeDims"/> instead: the provinces of a region). When not
/// <see cref="Exhaustive"/>, the parts lie apart within the whole without filling it (some of the
/// countries of a group, the services of a larger service): they add up to at most the whole.
/// </summary>
public sealed record Partition(string Key, IReadOnlyList<string> Parts, string Whole = Vocabulary.All)
{
    /// <summary>Dims of other keys the whole has (region: east for the provinces of the east).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> WholeDims { get; init; } = [];

    /// <summary>False when the parts named need not make up the whole: they add up to at most it.</summary>
    public bool Exhaustive { get; init; } = true;

    /// <summary>The dims of the whole a part with these dims lies within: the key goes (or takes the whole's value), the whole's dims come.</summary>
    public Dictionary<string, string> WholeOf(IReadOnlyDictionary<string, string> part)
    {
        var dims = part.Where(d => d.Key != Key).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        if (Whole != Vocabulary.All) dims[Key] = Whole;
        foreach (var (k, v) in WholeDims) dims[k] = v;
        return dims;
    }
}

/// <summary>
/// The words around a figure that suggest what it measures, and what the parts of a whole are: the
/// built-in words (the service-outsourcing reports: docs/format.md's conventions) extended by a
/// report's own <c>vocabulary.yaml</c> beside its facts (docs/format.md, "Vocabulary"). Matched on
/// text without whitespace; a longer word wins over a shorter one inside it.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>The value of a dimension that stands for the whole (scope: all, category: all).</summary>
    public const string All = "all";

    public IReadOnlyList<MeasureWord> Measures { get; }
    public IReadOnlyList<DimsWord> Dims { get; }
    public IReadOnlyList<Partition> Partitions { get; }

    /// <summary>The dims a total of the whole report carries (a national total: scope all, category all); empty for none.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Totals { get; }

    /// <summary>The order of dims in an id and in a file.</summary>
    public IReadOnlyList<string> Order { get; }

    /// <summary>The currency of the report's amounts: an amount in another currency is another measure (contract.cny beside contract in USD).</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>True when a report's vocabulary states its totals (an empty mapping: a total carries no dims), replacing the built-in ones.</summary>
    public bool ReplacesTotals { get; init; }

    public Vocabulary(IReadOnlyList<MeasureWord> measures, IReadOnlyList<DimsWord> dims, IReadOnlyList<Partition> partitions,
        IReadOnlyList<KeyValuePair<string, string>> totals, IReadOnlyList<string> order)
    {
        Measures = measures;
        Dims = dims;
        Partitions = partitions;
        Totals = totals;
        Order = order;
    }

    /// <summary>These words and a report's: the report's win where both name the same word; its totals and order replace these when it gives them.</summary>
    public Vocabulary Extend(Vocabulary report) => new(
        report.Measures.Concat(Measures.Where(m => report.Measures.All(r => r.Word != m.Word || r.Unit != m.Unit))).ToList(),
        report.Dims.Concat(Dims.Where(d => report.Dims.All(r => r.Word != d.Word))).ToList(),
        Partitions.Concat(report.Partitions).ToList(),
        report.ReplacesTotals || report.Totals.Count > 0 ? report.Totals : Totals,
        report.Order.Count > 0 ? report.Order.Concat(Order.Except(report.Order)).ToList() : Order)
    {
        Currency = report.Currency != "USD" ? report.Currency : Currency,
        ReplacesTotals = report.ReplacesTotals,
    };

    /// <summary>An empty vocabulary (what a report file adds to nothing).</summary>
    public static Vocabulary Empty { get; } = new([], [], [], [], []);

    private static KeyValuePair<string, string> D(string key, string value) => new(key, value);

    private static DimsWord W(string word, params (string Key, string Value)[] dims) => new(word, dims.Select(d => D(d.Key, d.Value)).ToList());

    /// <summary>The built-in words: docs/format.md's conventions for the service-outsourcing reports.</summary>
    public static Vocabulary BuiltIn { get; } = new(
        [
            new("执行额", "execution"), new("执行金额", "execution"), new("合同额", "contract"), new("合同金额", "contract"),
            new("企业", "firms", "count"), new("从业人员", "employees", "person"), new("从业人数", "employees", "person"),
        ],
        [
            W("离岸", ("scope", "offshore")), W("在岸", ("scope", "onshore")),
            W("ITO", ("category", "ITO")), W("BPO", ("category", "BPO")), W("KPO", ("category", "KPO")),
            W("信息技术外包", ("category", "ITO")), W("业务流程外包", ("category", "BPO")), W("知识流程外包", ("category", "KPO")),
            W("新一代信息技术开发应用", ("category", "ITO"), ("service", "it_new")),
            W("信息技术运营和维护", ("category", "ITO"), ("service", "it_ops")),
            W("信息技术研发", ("category", "ITO"), ("service", "it_rd")),
            W("信息技术解决方案", ("category", "ITO"), ("service", "it_solution")),
            W("业务运营", ("category", "BPO"), ("service", "bpo_ops")),
            W("内部管理", ("category", "BPO"), ("service", "bpo_mgmt")),
            W("维修维护", ("category", "BPO"), ("service", "bpo_maint")),
            W("设计服务", ("category", "KPO"), ("service", "kpo_design")),
            W("研发服务", ("category", "KPO"), ("service", "kpo_rd")),
            W("商务服务", ("category", "KPO"), ("service", "kpo_business")),
            W("东部", ("region", "east")), W("中部", ("region", "central")), W("西部", ("region", "west")), W("东北", ("region", "northeast")),
            W("长三角", ("region", "yangtze_delta")), W("黄河流域", ("region", "yellow_river")),
            W("京津冀", ("region", "beijing_tianjin_hebei")), W("成渝", ("region", "chengdu_chongqing")),
            W("美国", ("market", "united_states")), W("香港", ("market", "hong_kong")), W("新加坡", ("market", "singapore")),
            W("德国", ("market", "germany")), W("台湾", ("market", "taiwan")), W("英国", ("market", "united_kingdom")),
            W("日本", ("market", "japan")), W("韩国", ("market", "south_korea")), W("法国", ("market", "france")),
            W("瑞士", ("market", "switzerland")), W("一带一路", ("market", "belt_and_road")),
            W("内资企业", ("ownership", "domestic")), W("外资企业", ("ownership", "foreign")), W("港澳台", ("ownership", "hmt")),
        ],
        [
            new("scope", ["offshore", "onshore"]),
            new("category", ["ITO", "BPO", "KPO"]),
            new("region", ["east", "central", "west", "northeast"]),
            new("ownership", ["domestic", "foreign", "hmt"]),
            new("service", ["it_rd", "it_ops", "it_new"]),
            new("service", ["bpo_ops", "bpo_mgmt", "bpo_maint"]),
            new("service", ["kpo_design", "kpo_rd", "kpo_business"]),
        ],
        [D("scope", All), D("category", All)],
        ["scope", "category", "service", "ownership", "region", "province", "city", "market", "of", "than"]);
}
