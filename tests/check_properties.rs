//! Untrusted input never panics: arbitrary bytes (and text built from the characters that
//! matter) as a Python file, a compose file, a Dockerfile, a Procfile, a shell command, and a
//! whole project tree through the static scan.

use std::collections::HashSet;

use proptest::prelude::*;
use rentflow_doctor::checks::analyze::deploy::{self, Deploy, shell};
use rentflow_doctor::checks::analyze::python::{consumers, logging, producers, pyast, settings, syntax};
use rentflow_doctor::checks::analyze::{self as project, suppress};

/// Text rich in the characters the parsers care about.
fn pythonish() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("\\".to_string()),
            Just("\"".to_string()),
            Just("'".to_string()),
            Just("\"\"\"".to_string()),
            Just("r\"".to_string()),
            Just("b'".to_string()),
            Just("f\"{".to_string()),
            Just("\\N{".to_string()),
            Just("\\U".to_string()),
            Just("\\x".to_string()),
            Just("}".to_string()),
            Just("(".to_string()),
            Just(")".to_string()),
            Just(":".to_string()),
            Just("\n".to_string()),
            Just("    ".to_string()),
            Just("def f(request):".to_string()),
            Just("class S(pb.LeaseServiceServicer):".to_string()),
            Just("KafkaProducer(".to_string()),
            Just("Consumer({'auto.offset.reset': ".to_string()),
            Just("logger = logging.getLogger(__name__)".to_string()),
            Just("logger.info(".to_string()),
            Just("LOGGING = {'root': {'handlers': [".to_string()),
            Just("# rentflow-doctor: ignore[".to_string()),
            Just("C:\\Users\\".to_string()),
            "[a-zA-Z0-9_ =.,\\[\\]{}]{0,12}",
            any::<char>().prop_map(|c| c.to_string()),
        ],
        0..80,
    )
    .prop_map(|parts| parts.concat())
}

fn yamlish() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("services:\n".to_string()),
            Just("  app:\n".to_string()),
            Just("    command: ".to_string()),
            Just("    entrypoint: [".to_string()),
            Just("    environment:\n".to_string()),
            Just("      - PYTHONUNBUFFERED".to_string()),
            Just("    env_file: ".to_string()),
            Just("    build: ".to_string()),
            Just("<<: *a\n".to_string()),
            Just("&a ".to_string()),
            Just("*a".to_string()),
            Just("!!binary ".to_string()),
            Just("python -u x.py".to_string()),
            Just("sh -c \"python x.py\"".to_string()),
            Just("\n".to_string()),
            "[a-zA-Z0-9_ :=.,'\"\\[\\]{}#&*|>-]{0,12}",
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

fn dockerfileish() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("FROM python:3.12 AS base\n".to_string()),
            Just("FROM base\n".to_string()),
            Just("ENV ".to_string()),
            Just("PYTHONUNBUFFERED=1".to_string()),
            Just("CMD [\"python\", ".to_string()),
            Just("ENTRYPOINT ".to_string()),
            Just("RUN <<EOF\n".to_string()),
            Just("EOF\n".to_string()),
            Just("# escape=`\n".to_string()),
            Just("\\\n".to_string()),
            Just("`\n".to_string()),
            Just("\n".to_string()),
            "[a-zA-Z0-9_ =.,'\"\\[\\]\\\\-]{0,12}",
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

fn python_never_panics(source: &[u8]) {
    if let Some(file) = pyast::parse("fuzz.py", source) {
        let _ = syntax::check(&file);
        let bindings = pyast::Bindings::of(&file);
        let _ = producers::check(&file, &bindings);
        let _ = consumers::check(&file, &bindings);
        let _ = consumers::constructs_consumer(&file, &bindings);
        let calls = logging::calls(&file, &bindings, "fuzz");
        let setup = logging::setup(&file, &bindings);
        let modules = vec![settings::Module::of(&file, "fuzz.settings", true)];
        let mut evaluator = settings::Evaluator::new(&modules);
        let scenario = logging::Scenario::of(&mut evaluator, &modules[0], vec![setup.clone()]);
        let consumer = logging::ConsumerLogging { path: "fuzz.py".into(), calls, setup };
        let context = logging::Context { scenarios: vec![scenario], ..logging::Context::default() };
        let _ = logging::check(&[consumer], &context);
    }
    let _ = suppress::Suppressions::parse(source);
}

/// Every deploy reader over the same text, resolved and checked together.
fn deploy_never_panics(text: &str) {
    let mut project = Deploy::default();
    if let Ok(compose) = deploy::compose::parse("docker-compose.yml", text) {
        project.merge(compose);
    }
    if let Ok(manifest) = deploy::kubernetes::parse("k8s/app.yaml", text, &|_| None) {
        project.merge(manifest);
    }
    project.dockerfiles.push(deploy::dockerfile::dockerfile("Dockerfile", text));
    project.launches.extend(deploy::procfile::parse("Procfile", text));
    project.launches.extend(deploy::systemd::parse("app.service", text));
    project.launches.extend(deploy::supervisord::parse("supervisord.conf", text));
    let _ = deploy::check(&deploy::resolve(std::path::Path::new("/nonexistent"), project));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_as_python_never_panic(source in proptest::collection::vec(any::<u8>(), 0..2048)) {
        python_never_panics(&source);
    }

    #[test]
    fn python_like_text_never_panics(source in pythonish()) {
        python_never_panics(source.as_bytes());
    }

    #[test]
    fn arbitrary_text_as_a_compose_file_never_panics(text in any::<String>()) {
        deploy_never_panics(&text);
    }

    #[test]
    fn compose_like_text_never_panics(text in yamlish()) {
        deploy_never_panics(&text);
    }

    #[test]
    fn arbitrary_text_as_a_dockerfile_or_procfile_never_panics(text in any::<String>()) {
        deploy_never_panics(&text);
        let _ = shell::python_runs_in_script(&text);
    }

    #[test]
    fn dockerfile_like_text_never_panics(text in dockerfileish()) {
        deploy_never_panics(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn a_tree_of_arbitrary_files_scans_without_panicking(
        python in proptest::collection::vec(any::<u8>(), 0..512),
        compose in any::<String>(),
        dockerfile in dockerfileish(),
        procfile in any::<String>(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.py"), &python).unwrap();
        std::fs::write(dir.path().join("docker-compose.yml"), &compose).unwrap();
        std::fs::write(dir.path().join("Dockerfile"), &dockerfile).unwrap();
        std::fs::write(dir.path().join("Procfile"), &procfile).unwrap();
        let selected: HashSet<&'static str> = project::STATIC_CODES.iter().copied().collect();
        let outcome = project::scan(dir.path(), &selected);
        prop_assert_eq!(outcome.files.total(), 4);
    }
}
