"""Classical-model tools: typed functions over the brand's trained models (segments, propensity, recommendations, channels, forecast)."""
