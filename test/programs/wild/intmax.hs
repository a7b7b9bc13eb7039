main :: IO ()
main = do
  print (maximum [3, 10 ^ 30, -5 :: Integer], minimum [3, 10 ^ 30, -5 :: Integer])
  print (maximum ([] :: [Integer]))
