-- GHC.Stack: HasCallStack functions, callStack, getCallStack, prettyCallStack,
-- SrcLoc's fields and Show/Eq, withFrozenCallStack, fromCallSiteList,
-- popCallStack (and its error on an empty stack, uncaught at the end).
import GHC.Stack

f :: HasCallStack => Int -> String
f x = prettyCallStack callStack ++ " / " ++ show x

g :: HasCallStack => Int -> [(String, SrcLoc)]
g _ = getCallStack callStack

h :: HasCallStack => Int -> String
h x = withFrozenCallStack (f x)

locs :: HasCallStack => String
locs = case getCallStack callStack of
  ((fn, l) : _) -> fn ++ "@" ++ srcLocFile l ++ ":" ++ show (srcLocStartLine l, srcLocStartCol l, srcLocEndLine l, srcLocEndCol l) ++ " " ++ srcLocModule l ++ " " ++ srcLocPackage l
  [] -> "empty"

main :: IO ()
main = do
  putStrLn (f 1)
  print (map fst (g 2))
  print (map (prettySrcLoc . snd) (g 3))
  putStrLn (h 4)
  putStrLn locs
  print callStack
  print (getCallStack emptyCallStack)
  print (getCallStack (fromCallSiteList [("a", head (map snd (g 5)))]))
  print (map fst (getCallStack (popCallStack callStack)))
  print (snd (head (g 6)) == snd (head (g 6)))
  print (length (prettyCallStack (freezeCallStack callStack)))
