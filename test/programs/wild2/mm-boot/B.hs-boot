module B where
oddB :: Int -> Bool
