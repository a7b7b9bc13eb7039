import Data.Maybe (fromJust)

lookupAge :: String -> Maybe Int
lookupAge n = lookup n [("ann", 31), ("bob", 42)]

main :: IO ()
main = do
  print (fromJust (lookupAge "ann"))
  print (fromJust (lookupAge "cid"))
