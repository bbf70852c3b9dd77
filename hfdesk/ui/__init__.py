"""The Qt desktop interface. Only this package imports Qt."""
