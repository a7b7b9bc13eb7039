-- An uncaught record selector failure.
data T = A { fa :: Int } | B { fb :: Int }

main :: IO ()
main = do
  print (fa (A 1))
  print (fb (A 2))
