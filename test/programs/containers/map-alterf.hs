import qualified Data.Map as M
import qualified Data.Map.Strict as MS
import Data.Functor.Const
import Data.Functor.Identity

-- alterF with several functors: the path to the key is traced once and
-- followed again to insert, replace or delete
main :: IO ()
main = do
  let m = M.fromList [(k, k * k) | k <- [1 .. 20 :: Int]]
  r1 <- M.alterF (\v -> do putStrLn ("saw " ++ show v); return (fmap (+ 1) v)) 7 m
  print r1
  r2 <- M.alterF (\v -> do putStrLn ("saw " ++ show v); return (Just 0)) 42 m
  print r2
  r3 <- M.alterF (\_ -> return Nothing) 13 m
  print (r3, M.size r3)
  r4 <- M.alterF (\_ -> return Nothing) 99 m
  print (r4 == m)
  r5 <- MS.alterF (\v -> return (fmap negate v)) 1 m
  print r5
  print (getConst (M.alterF (\v -> Const (show v)) 5 m), getConst (M.alterF (\v -> Const [v]) 50 m))
  print (runIdentity (M.alterF (\_ -> Identity (Just (-1))) 0 m))
  let big = M.fromList [(k, ()) | k <- [1 .. 200 :: Int]]
  rs <- mapM (\k -> M.alterF (\_ -> return Nothing) k big) [1, 50, 100, 150, 200]
  print (map M.size rs, map M.valid rs)
  ins <- mapM (\k -> M.alterF (\_ -> return (Just ())) k big) [0, 75, 201]
  print (map M.size ins, map M.valid ins, map (M.member 75) ins)
