module Main where

-- Local recursive bindings become letrec.
countdown :: Int -> [Int]
countdown n =
  let go 0 acc = reverse (0 : acc)
      go k acc = go (k - 1) (k : acc)
  in go n []

evensOdds :: Int -> (Bool, Bool)
evensOdds n =
  let ev 0 = True
      ev k = od (k - 1)
      od 0 = False
      od k = ev (k - 1)
  in (ev n, od n)

main :: IO ()
main = do
  print (countdown 5)
  print (evensOdds 7)
