//! Parsers for the agencies' official list files, turning each into the engine's list model.
