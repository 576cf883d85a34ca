/// The matching of one gold annotation against one graph (a port of score.py's `score`).
struct GoldScorer {
    let gold: [String: Any]
    let graph: [String: Any]
    static let symmetric: Set<String> = ["partnership", "cooperation", "talks", "agreement"]

    static func list(_ v: Any?) -> [String] {
        if let a = v as? [String] { return a }
        if let s = v as? String { return [s] }
        return []
    }

    func score() -> GoldScore.Result {
        let entities = gold["entities"] as? [[String: Any]] ?? []
        var forms: [String: Set<String>] = [:]
        var types: [String: Set<String>] = [:]
        var qids: [String: String] = [:]
        var required: [String] = []
        for e in entities {
            let id = e["id"] as? String ?? ""
            var f = Set<String>()
            for m in Self.list(e["mentions"]) + Self.list(e["name"]) { f.formUnion(GoldForms.variants(m)) }
            forms[id] = f
            types[id] = Set(Self.list(e["type"]))
            qids[id] = e["wikidata"] as? String
            if e["required"] as? Bool ?? true { required.append(id) }
        }
        let nodes = graph["nodes"] as? [[String: Any]] ?? []
        let edges = graph["edges"] as? [[String: Any]] ?? []
        var mapping: [String: String] = [:]
        var details: [String] = []
        for n in nodes {
            let id = n["id"] as? String ?? ""
            let nf = nodeForms(n)
            var best: (Int, String)?
            for e in entities {
                let gid = e["id"] as? String ?? ""
                var rank = 0
                if let q = n["wikidata"] as? String, !q.isEmpty, let gq = qids[gid] ?? nil, q == gq {
                    rank = 3
                } else if !nf.isDisjoint(with: forms[gid] ?? []) {
                    rank = (types[gid] ?? []).contains(((n["type"] as? String) ?? "").lowercased()) ? 2 : 1
                }
                if rank > 0, best == nil || rank > best!.0 { best = (rank, gid) }
            }
            if let best { mapping[id] = best.1 }
        }
        let found = Set(mapping.values)
        var c = GoldScore.Counts()
        c.entityMatched = mapping.count
        c.entityPredicted = nodes.count
        c.entityRequired = required.count
        c.entityRequiredFound = required.filter(found.contains).count
        c.typedRight = nodes.filter { n in
            guard let g = mapping[n["id"] as? String ?? ""] else { return false }
            return (types[g] ?? []).contains(((n["type"] as? String) ?? "").lowercased())
        }.count

        struct Triple: Hashable { var s: String, t: String, ty: String }
        var triples = Set<Triple>()
        var unmapped = Set<Triple>()
        for e in edges {
            let ty = ((e["type"] as? String) ?? "").lowercased()
            let (rs, rt) = (e["source"] as? String ?? "", e["target"] as? String ?? "")
            guard var s = mapping[rs], var t = mapping[rt] else { unmapped.insert(Triple(s: rs, t: rt, ty: ty)); continue }
            if Self.symmetric.contains(ty), s > t { swap(&s, &t) }
            triples.insert(Triple(s: s, t: t, ty: ty))
        }
        let relations = gold["relations"] as? [[String: Any]] ?? []
        func matches(_ tr: Triple, _ r: [String: Any]) -> Bool {
            guard tr.ty == (r["type"] as? String ?? ""), tr.s != tr.t else { return false }
            let (S, T) = (Set(Self.list(r["source"])), Set(Self.list(r["target"])))
            return (S.contains(tr.s) && T.contains(tr.t)) || (Self.symmetric.contains(tr.ty) && S.contains(tr.t) && T.contains(tr.s))
        }
        let req = relations.filter { $0["required"] as? Bool ?? true }
        let hit = req.indices.filter { i in triples.contains { matches($0, req[i]) } }
        let good = triples.filter { tr in relations.contains { matches(tr, $0) } }
        c.relationGood = good.count
        c.relationPredicted = triples.count + unmapped.count
        c.relationRequired = req.count
        c.relationRequiredFound = hit.count

        for g in required where !found.contains(g) { details.append("missed entity: \(g)") }
        for n in nodes where mapping[n["id"] as? String ?? ""] == nil {
            details.append("spurious node: \(n["label"] as? String ?? "") (\(n["type"] as? String ?? ""))")
        }
        for (i, r) in req.enumerated() where !hit.contains(i) {
            details.append("missed relation: \(Self.list(r["source"])) -\(r["type"] as? String ?? "")-> \(Self.list(r["target"]))")
        }
        for tr in triples.subtracting(good).sorted(by: { ($0.s, $0.ty, $0.t) < ($1.s, $1.ty, $1.t) }) {
            details.append("wrong relation: \(tr.s) -\(tr.ty)-> \(tr.t)")
        }
        for u in unmapped.sorted(by: { ($0.s, $0.ty, $0.t) < ($1.s, $1.ty, $1.t) }) {
            details.append("relation on unmatched node: \(u.s) -\(u.ty)-> \(u.t)")
        }
        return GoldScore.Result(document: gold["document"] as? String ?? "", counts: c, details: details)
    }

    func nodeForms(_ n: [String: Any]) -> Set<String> {
        var forms = [n["label"] as? String ?? "", n["id"] as? String ?? ""] + Self.list(n["aliases"])
        if let names = n["names"] as? [String: Any] { forms += names.values.compactMap { $0 as? String } }
        for m in n["mentions"] as? [Any] ?? [] {
            if let d = m as? [String: Any], let t = d["text"] as? String { forms.append(t) } else if let s = m as? String { forms.append(s) }
        }
        var out = Set<String>()
        for f in forms { out.formUnion(GoldForms.variants(f)) }
        return out
    }
}
