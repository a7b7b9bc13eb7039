-- A line editor over a list zipper, driven by commands on stdin; a tree
-- zipper for navigating and editing a rose tree.
module Main (main) where

import Data.Char (toUpper)
import Data.List (intercalate)

data Zipper a = Zipper [a] a [a]

fromList :: [a] -> Maybe (Zipper a)
fromList [] = Nothing
fromList (x : xs) = Just (Zipper [] x xs)

toList :: Zipper a -> [a]
toList (Zipper l c r) = reverse l ++ c : r

up, down :: Zipper a -> Zipper a
up z@(Zipper [] _ _) = z
up (Zipper (l : ls) c r) = Zipper ls l (c : r)
down z@(Zipper _ _ []) = z
down (Zipper l c (r : rs)) = Zipper (c : l) r rs

exec :: Zipper String -> [String] -> Zipper String
exec z cmd = case cmd of
  ["up"] -> up z
  ["down"] -> down z
  ("insert" : ws) -> let Zipper l c r = z in Zipper (c : l) (unwords ws) r
  ["upper"] -> let Zipper l c r = z in Zipper l (map toUpper c) r
  ["delete"] -> case z of
    Zipper l _ (r : rs) -> Zipper l r rs
    Zipper (l : ls) _ [] -> Zipper ls l []
    _ -> z
  _ -> z

data Rose = Rose String [Rose]
data Crumb = Crumb String [Rose] [Rose]
type TZ = (Rose, [Crumb])

child :: Int -> TZ -> TZ
child i (Rose n cs, bs) = let (l, c : r) = splitAt i cs in (c, Crumb n l r : bs)

parent :: TZ -> TZ
parent (t, Crumb n l r : bs) = (Rose n (l ++ t : r), bs)
parent z = z

rename :: String -> TZ -> TZ
rename s (Rose _ cs, bs) = (Rose s cs, bs)

root :: TZ -> Rose
root (t, []) = t
root z = root (parent z)

showRose :: Rose -> String
showRose (Rose n []) = n
showRose (Rose n cs) = n ++ "(" ++ intercalate "," (map showRose cs) ++ ")"

main :: IO ()
main = do
  cmds <- lines <$> getContents
  case fromList ["first line", "second line", "third line"] of
    Nothing -> return ()
    Just z0 -> do
      let states = scanl exec z0 (map words cmds)
      mapM_ (\(Zipper l c _) -> putStrLn (show (length l) ++ "> " ++ c)) states
      mapM_ putStrLn (toList (last states))
  let t = Rose "root" [Rose "a" [Rose "a1" [], Rose "a2" []], Rose "b" []]
  putStrLn (showRose (root (rename "B!" (child 1 (t, [])))))
  putStrLn (showRose (root (rename "A2" (child 1 (child 0 (t, []))))))
