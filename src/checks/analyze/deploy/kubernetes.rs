//! Kubernetes manifests (multi-document YAML): every container of a Deployment, StatefulSet,
//! DaemonSet, ReplicaSet, Job, CronJob or Pod is a launch — `command` and `args`, `env`
//! (values, and `valueFrom` references), `envFrom` ConfigMaps and Secrets, and its `image`.
//! ConfigMaps defined in the tree (as manifests, or by a Kustomize `configMapGenerator` with
//! `literals` and `envs`) complete the environment; a Kustomize patch that sets variables on
//! the same workload and container applies to it too.

use saphyr::MarkedYaml;

use super::yaml::{self, get, get_str, items, scalar};
use super::{Deploy, EnvSource, EnvVar, Image, Launch, Start, env_file_vars, join, parent, shell};

const WORKLOADS: [&str; 7] = ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Pod"];

/// Whether a YAML text looks like a Kubernetes manifest or a kustomization, before parsing.
pub fn looks_like(file_name: &str, text: &[u8]) -> bool {
    let kustomization = matches!(file_name, "kustomization.yaml" | "kustomization.yml" | "Kustomization");
    kustomization
        || (memchr::memmem::find(text, b"apiVersion").is_some() && memchr::memmem::find(text, b"kind").is_some())
}

/// The pod spec of a workload document.
fn pod_spec<'a, 'b>(kind: &str, document: &'a MarkedYaml<'b>) -> Option<&'a MarkedYaml<'b>> {
    let spec = get(document, "spec")?;
    match kind {
        "Pod" => Some(spec),
        "CronJob" => get(get(get(get(spec, "jobTemplate")?, "spec")?, "template")?, "spec"),
        _ => get(get(spec, "template")?, "spec"),
    }
}

fn strings(node: Option<&MarkedYaml<'_>>) -> Vec<String> {
    node.and_then(items).map(|list| list.iter().filter_map(scalar).collect()).unwrap_or_default()
}

fn container(path: &str, kind: &str, workload: &str, node: &MarkedYaml<'_>) -> Launch {
    let name = get(node, "name").and_then(scalar).unwrap_or_default();
    let command_node = get(node, "command");
    let args_node = get(node, "args");
    let command = strings(command_node);
    let args = strings(args_node);
    // `command` replaces the image's ENTRYPOINT, `args` its CMD. Arguments alone run under
    // the image's entrypoint, which is read as transparent when they name a program.
    let words: Vec<String> = if !command.is_empty() { command.into_iter().chain(args).collect() } else { args };
    let at_node = command_node.or(args_node).unwrap_or(node);
    let start = (!words.is_empty()).then(|| Start::new(yaml::location(path, at_node), shell::display(&words), words));
    let mut vars = Vec::new();
    for entry in get(node, "env").and_then(items).map(|l| l.iter().collect::<Vec<_>>()).unwrap_or_default() {
        let Some(variable) = get(entry, "name").and_then(scalar) else { continue };
        let at = format!("{path}:{} env", entry.span.start.line());
        match (get(entry, "value"), get(entry, "valueFrom")) {
            (Some(value), _) => vars.push(EnvVar { name: variable, value: scalar(value), at }),
            (None, Some(from)) => {
                let reference = get_str(from, &["configMapKeyRef", "name"])
                    .map(|map| format!("ConfigMap {map}"))
                    .or_else(|| get_str(from, &["secretKeyRef", "name"]).map(|secret| format!("Secret {secret}")))
                    .unwrap_or_else(|| "a field reference".to_string());
                vars.push(EnvVar { name: variable, value: None, at: format!("{at} (from {reference})") });
            }
            (None, None) => vars.push(EnvVar { name: variable, value: Some(String::new()), at }),
        }
    }
    let mut sources = Vec::new();
    for entry in get(node, "envFrom").and_then(items).map(|l| l.iter().collect::<Vec<_>>()).unwrap_or_default() {
        if let Some(map) = get_str(entry, &["configMapRef", "name"]) {
            sources.push(EnvSource::ConfigMap(map));
        } else if let Some(secret) = get_str(entry, &["secretRef", "name"]) {
            sources.push(EnvSource::Secret(secret));
        }
    }
    let image = match get(node, "image").and_then(scalar) {
        Some(image) => Image::Named(image),
        None => Image::Host,
    };
    Launch {
        whose: format!("Kubernetes {kind} `{workload}`, container `{name}`"),
        key: Some(format!("{kind}/{workload}/{name}")),
        start,
        vars,
        sources,
        image,
    }
}

/// Parses a manifest or kustomization; `read` gives the text of a tree file (root-relative)
/// for a generator's env files.
pub fn parse(path: &str, text: &str, read: &dyn Fn(&str) -> Option<String>) -> Result<Deploy, String> {
    let documents = yaml::load(text)?;
    let mut deploy = Deploy::default();
    let dir = parent(path);
    for document in &documents {
        let Some(kind) = get(document, "kind").and_then(scalar) else { continue };
        let name = get_str(document, &["metadata", "name"]).unwrap_or_default();
        if kind == "ConfigMap" {
            let at = format!("{path}:{} ConfigMap {name}", document.span.start.line());
            let vars = get(document, "data")
                .map(|data| {
                    yaml::entries(data)
                        .into_iter()
                        .map(|(key, value)| EnvVar { name: key, value: scalar(value), at: at.clone() })
                        .collect()
                })
                .unwrap_or_default();
            deploy.config_maps.insert(name, vars);
        } else if kind == "Kustomization" || get(document, "configMapGenerator").is_some() {
            for generator in get(document, "configMapGenerator").and_then(items).into_iter().flatten() {
                let Some(map) = get(generator, "name").and_then(scalar) else { continue };
                let at = format!("{path}:{} configMapGenerator {map}", generator.span.start.line());
                let mut vars: Vec<EnvVar> = strings(get(generator, "literals"))
                    .into_iter()
                    .filter_map(|literal| {
                        let (key, value) = literal.split_once('=')?;
                        Some(EnvVar { name: key.to_string(), value: Some(value.to_string()), at: at.clone() })
                    })
                    .collect();
                for file in strings(get(generator, "envs")).into_iter().chain(get(generator, "env").and_then(scalar)) {
                    let file = join(dir, &file);
                    if let Some(text) = read(&file) {
                        vars.extend(env_file_vars(&text, &format!("{file} (configMapGenerator {map})")));
                    }
                }
                deploy.config_maps.entry(map).or_default().extend(vars);
            }
        } else if WORKLOADS.contains(&kind.as_str())
            && let Some(spec) = pod_spec(&kind, document)
        {
            for node in get(spec, "containers").and_then(items).into_iter().flatten() {
                deploy.launches.push(container(path, &kind, &name, node));
            }
        }
    }
    Ok(deploy)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::analyze::deploy::{check, resolve};

    const MANIFEST: &str = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: consumer-env\ndata:\n  PYTHONUNBUFFERED: \"1\"\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: consumer\nspec:\n  template:\n    spec:\n      containers:\n        - name: consumer\n          image: registry.example.org/rentflow/consumer:1.4\n          command: [\"python\", \"manage.py\", \"run_kafka_consumer\"]\n          envFrom:\n            - configMapRef:\n                name: consumer-env\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: reconcile\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: job\n              image: registry.example.org/rentflow/consumer:1.4\n              command: [\"python\", \"manage.py\", \"reconcile\"]\n              env:\n                - name: DJANGO_SETTINGS_MODULE\n                  value: rentflow.settings.prod\n";

    #[test]
    fn workloads_config_maps_and_multi_documents() {
        let deploy = parse("k8s/consumer.yaml", MANIFEST, &|_| None).unwrap();
        assert_eq!(deploy.launches.len(), 2);
        assert_eq!(deploy.launches[1].whose, "Kubernetes CronJob `reconcile`, container `job`");
        let resolved = resolve(std::path::Path::new("/nonexistent"), deploy);
        let findings = check(&resolved);
        // The Deployment gets PYTHONUNBUFFERED from its ConfigMap; the CronJob does not, and its
        // image is built elsewhere: a warning naming the image.
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(findings[0].location.as_ref().unwrap().line, 35);
        assert_eq!(findings[0].severity, crate::findings::Severity::Warning);
        assert!(findings[0].message.contains("registry.example.org/rentflow/consumer:1.4"));
    }

    #[test]
    fn a_config_map_outside_the_tree_is_named() {
        let text = MANIFEST.split("---\n").nth(1).unwrap();
        let resolved = resolve(std::path::Path::new("/nonexistent"), parse("deploy.yaml", text, &|_| None).unwrap());
        let findings = check(&resolved);
        assert!(findings[0].evidence.iter().any(|e| e.contains("kubectl get configmap consumer-env -o yaml")));
    }

    #[test]
    fn kustomize_generators_define_config_maps() {
        let text = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deployment.yaml]\nconfigMapGenerator:\n  - name: consumer-env\n    literals: [DJANGO_SETTINGS_MODULE=rentflow.settings.prod]\n    envs: [consumer.env]\n";
        let read = |path: &str| (path == "k8s/consumer.env").then(|| "PYTHONUNBUFFERED=1\n".to_string());
        let deploy = parse("k8s/kustomization.yaml", text, &read).unwrap();
        let vars = &deploy.config_maps["consumer-env"];
        assert_eq!(
            vars.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(),
            ["DJANGO_SETTINGS_MODULE", "PYTHONUNBUFFERED"]
        );
    }
}
