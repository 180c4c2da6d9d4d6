fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let analyzer = article_analyzer::Analyzer::new();
    for _ in 0..6 {
        let t = std::time::Instant::now();
        drop(analyzer.analyze(&text));
        eprintln!("pass {:?}", t.elapsed());
    }
}
