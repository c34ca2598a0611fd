//! Compose files: each service is a [`Launch`] — its `entrypoint` and `command` (list and
//! string forms, read together), `environment` (map or list), `env_file`s, and the image it
//! runs: built from a Dockerfile in the tree (`build`, with `target`) or pulled by `image`.
//! A service with both `build` and `image` names the image the tree builds, so manifests
//! that run that image are linked to its Dockerfile.

use saphyr::MarkedYaml;

use super::yaml::{self, get, items, scalar};
use super::{Deploy, EnvSource, EnvVar, Image, Launch, Start, join, parent, shell};

/// A parsed compose file (its launches, and the images it builds).
pub type Compose = Deploy;

/// Words of a compose `command`/`entrypoint`: a list as is, a string split as compose does.
fn words(node: &MarkedYaml<'_>) -> Option<Vec<String>> {
    if let Some(items) = items(node) {
        return Some(items.iter().filter_map(scalar).collect());
    }
    scalar(node).map(|text| shell::commands(&text).concat())
}

/// `environment` in map or list form.
fn environment(path: &str, node: &MarkedYaml<'_>) -> Vec<EnvVar> {
    let at = format!("{path}:{} environment", node.span.start.line());
    if let Some(list) = items(node) {
        return list
            .iter()
            .filter_map(scalar)
            .map(|item| match item.split_once('=') {
                Some((name, value)) => {
                    EnvVar { name: name.trim().to_string(), value: Some(value.to_string()), at: at.clone() }
                }
                // Passed through from the shell that runs compose.
                None => EnvVar { name: item.trim().to_string(), value: None, at: at.clone() },
            })
            .collect();
    }
    yaml::entries(node)
        .into_iter()
        .filter(|(name, _)| name != "<<")
        .map(|(name, value)| EnvVar {
            name,
            value: if yaml::is_null(value) { None } else { scalar(value) },
            at: at.clone(),
        })
        .chain(
            // `<<: *anchor` merged variables.
            get(node, "<<")
                .map(|merged| {
                    yaml::one_or_many(merged).into_iter().flat_map(|m| environment(path, m)).collect::<Vec<_>>()
                })
                .unwrap_or_default(),
        )
        .collect()
}

/// Parses a compose file; `Err` with the parser's message when it is not YAML.
pub fn parse(path: &str, text: &str) -> Result<Compose, String> {
    let documents = yaml::load(text)?;
    let mut deploy = Deploy::default();
    let dir = parent(path);
    for document in &documents {
        let Some(section) = get(document, "services") else { continue };
        for (name, service) in yaml::entries(section) {
            let entrypoint = get(service, "entrypoint");
            let command = get(service, "command");
            let start = match (entrypoint, command) {
                (Some(e), Some(c)) => words(e).map(|mut w| {
                    w.extend(words(c).unwrap_or_default());
                    (w, e)
                }),
                (Some(node), None) | (None, Some(node)) => words(node).map(|w| (w, node)),
                (None, None) => None,
            }
            .map(|(words, node)| Start::new(yaml::location(path, node), shell::display(&words), words));
            let vars = get(service, "environment").map(|env| environment(path, env)).unwrap_or_default();
            let sources = get(service, "env_file")
                .map(|node| {
                    yaml::one_or_many(node)
                        .into_iter()
                        .filter_map(|item| {
                            let file = scalar(item).or_else(|| get(item, "path").and_then(scalar))?;
                            let optional = get(item, "required").and_then(scalar).as_deref() == Some("false");
                            Some(EnvSource::File {
                                path: join(dir, &file),
                                what: "env_file".to_string(),
                                optional,
                                host_path: None,
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            let build = get(service, "build").and_then(|build| {
                if let Some(context) = scalar(build) {
                    return Some((join(&join(dir, &context), "Dockerfile"), None));
                }
                let context = get(build, "context").and_then(scalar).unwrap_or_else(|| ".".to_string());
                if context.contains("://") {
                    return None;
                }
                let dockerfile = get(build, "dockerfile").and_then(scalar).unwrap_or_else(|| "Dockerfile".to_string());
                Some((join(&join(dir, &context), &dockerfile), get(build, "target").and_then(scalar)))
            });
            let named = get(service, "image").and_then(scalar);
            let image = match (&build, &named) {
                (Some((dockerfile, target)), named) => {
                    if let Some(named) = named {
                        deploy.built_images.insert(named.clone(), (dockerfile.clone(), target.clone()));
                    }
                    Image::Built { dockerfile: dockerfile.clone(), target: target.clone() }
                }
                (None, Some(named)) => Image::Named(named.clone()),
                (None, None) => Image::Host,
            };
            deploy.launches.push(Launch {
                whose: format!("compose service `{name}`"),
                key: None,
                start,
                vars,
                sources,
                image,
            });
        }
    }
    Ok(deploy)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::analyze::deploy::{check, resolve};

    fn lines(findings: &[crate::findings::Finding]) -> Vec<(String, u32, String)> {
        findings
            .iter()
            .map(|f| {
                let location = f.location.as_ref().unwrap();
                (location.path.clone(), location.line, f.severity.as_str().to_string())
            })
            .collect()
    }

    #[test]
    fn commands_in_both_forms_environments_and_images() {
        let text = "x-common: &common\n  environment:\n    PYTHONUNBUFFERED: \"1\"\nservices:\n  consumer:\n    build: .\n    command: python manage.py run_kafka_consumer\n  worker:\n    build: .\n    command: [\"python\", \"worker.py\"]\n    environment:\n      - DEBUG=1\n  fixed:\n    <<: *common\n    build: .\n    command: python app.py\n  flagged:\n    build: .\n    command: [\"python\", \"-u\", \"app.py\"]\n  pulled:\n    image: ghcr.io/acme/consumer:1.4\n    command: python manage.py run_kafka_consumer\n";
        let mut compose = parse("docker-compose.yml", text).unwrap();
        compose
            .dockerfiles
            .push(crate::checks::analyze::deploy::dockerfile::dockerfile("Dockerfile", "FROM python:3.12\n"));
        let resolved = resolve(std::path::Path::new("/nonexistent"), compose);
        let findings = check(&resolved);
        assert_eq!(
            lines(&findings),
            [
                ("docker-compose.yml".to_string(), 7, "error".to_string()),
                ("docker-compose.yml".to_string(), 10, "error".to_string()),
                ("docker-compose.yml".to_string(), 22, "warning".to_string()),
            ]
        );
        assert_eq!(findings[0].location.as_ref().unwrap().column, 14);
        // The pulled image is named, with the way to look at its environment.
        assert!(findings[2].message.contains("`ghcr.io/acme/consumer:1.4`"), "{}", findings[2].message);
        assert!(
            findings[2]
                .evidence
                .iter()
                .any(|e| e.contains("docker inspect --format '{{.Config.Env}}' ghcr.io/acme/consumer:1.4")),
            "{:?}",
            findings[2].evidence
        );
    }
}
